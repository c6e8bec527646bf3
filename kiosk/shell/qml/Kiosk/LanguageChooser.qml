pragma ComponentBehavior: Bound
// The language chooser: over the whole window, every language the kiosk offers in its own name and script, in
// big buttons (LanguagePicker). A tap switches the whole kiosk at once (ShellViewModel.setLanguage: the words,
// the direction, the keyboard, dates and numbers) and closes it. It closes too on Close, a tap beside the card,
// Escape, a change of screen, and when the visitor has gone (ShellViewModel.visitorLeft).
import QtQuick
import QtQuick.Window

FocusScope {
    id: chooser
    objectName: "language.chooser"
    property real u: 1
    required property var shell
    required property Item opener  // the button that opened it: focus goes back there on close
    property bool shown: false
    readonly property bool landscape: width > height

    function open() {
        chooser.shown = true
        chooser.forceActiveFocus()
    }
    function close() {
        if (!chooser.shown)
            return
        chooser.shown = false
        chooser.opener.forceActiveFocus()
    }

    parent: chooser.opener.Window.contentItem  // over every screen, mirrored with the window
    anchors.fill: parent
    z: 50  // above the screens, the visitor's bar and the on-screen keyboard
    visible: opacity > 0
    opacity: chooser.shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: 140 } }
    Keys.onEscapePressed: chooser.close()

    Connections {
        target: chooser.shell
        function onVisitorLeft() { chooser.close() }
        function onScreenChanged() { chooser.close() }
    }

    Rectangle {  // the window behind, dimmed; a tap on it closes the chooser
        anchors.fill: parent
        color: Theme.ink
        opacity: 0.45
        MouseArea {
            anchors.fill: parent
            onClicked: chooser.close()
            Accessible.ignored: true  // the Close button says the same to a screen reader
        }
    }

    Rectangle {
        id: card
        objectName: "language.chooser.card"
        anchors.centerIn: parent
        width: Math.min(parent.width - 96 * chooser.u, (chooser.landscape ? 1500 : 960) * chooser.u)
        height: column.implicitHeight + 112 * chooser.u
        radius: Theme.radius * 1.4 * chooser.u
        color: Theme.background
        MouseArea { anchors.fill: parent; Accessible.ignored: true }  // a tap on the card stays on the card

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 112 * chooser.u
            spacing: 40 * chooser.u

            Row {
                spacing: 24 * chooser.u
                Globe {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 64 * chooser.u
                    height: width
                    ink: Theme.accent
                }
                KioskText {
                    anchors.verticalCenter: parent.verticalCenter
                    width: column.width - 88 * chooser.u
                    heading: true
                    text: qsTr("Choose your language")
                    u: chooser.u
                    size: Theme.heading
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
            }
            LanguagePicker {
                width: parent.width
                u: chooser.u
                shell: chooser.shell
                columns: chooser.landscape ? 3 : 2
                onChosen: chooser.close()
            }
            KioskButton {
                objectName: "language.close"
                anchors.horizontalCenter: parent.horizontalCenter
                u: chooser.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Close")
                onClicked: chooser.close()
            }
        }
    }
}
