pragma ComponentBehavior: Bound
// The language button in the visitor's tools bar: a globe and the language in use, named in itself ("English",
// "العربية"). A tap opens the chooser (LanguageChooser) over the whole window. Shown when the kiosk offers two or
// more languages (kiosk.languages).
import QtQuick
import QtQuick.Templates as T

T.AbstractButton {
    id: button
    objectName: "language.button"
    property real u: 1
    required property var shell
    visible: button.shell.languages.length > 1
    implicitHeight: Theme.touch * 0.84 * button.u
    implicitWidth: row.implicitWidth + 56 * button.u
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Choose your language")
    Accessible.description: button.shell.languageName
    onClicked: {
        button.shell.activity()
        button.openChooser()
    }

    // The chooser is made the first time it opens, then kept (not before the first frame: it is a whole screen of
    // buttons, and it would be made with the home screen on every start for a visitor who may never open it).
    property var chooser: null  // (not typed: naming the type here would compile it, and its imports, at start-up)
    function openChooser() {
        if (button.chooser === null)
            button.chooser = Qt.createComponent("LanguageChooser.qml").createObject(button, {
                "u": Qt.binding(() => button.u), "shell": button.shell, "opener": button })
        button.chooser.open()
    }

    background: Rectangle {
        radius: height / 2
        color: Theme.surface
        border.width: button.visualFocus ? 6 * button.u : 3 * button.u
        border.color: button.visualFocus ? Theme.focus : Theme.shadow
        scale: button.down ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
    }
    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 14 * button.u
            Globe {
                anchors.verticalCenter: parent.verticalCenter
                width: 44 * button.u
                height: width
                ink: Theme.ink
            }
            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                text: button.shell.languageName
                u: button.u
                size: Theme.button
                maxScale: 1.2  // (the tools strip stays one row in large text)
                font.bold: true
                Accessible.ignored: true  // said by the button (its description)
            }
        }
    }
}
