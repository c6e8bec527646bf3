pragma ComponentBehavior: Bound
// Welcome: the site's name, today's date, a friendly line and a big door to each feature.
import QtQuick
import QtQuick.Layouts

Item {
    id: view
    objectName: "home"
    required property var shell
    required property var models
    required property var root
    readonly property real u: root.u
    readonly property bool landscape: width > height
    // Upright but short (reach mode lays the screen out in the reachable part only): the welcome keeps its
    // greeting, name and date, the door its words; the longer sentence and the faces give way.
    readonly property bool compact: !landscape && height < 1500 * u

    function greeting() {
        if (shell.partOfDay === "morning") return qsTr("Good morning")
        if (shell.partOfDay === "afternoon") return qsTr("Good afternoon")
        return qsTr("Good evening")
    }

    property bool overlayCovering: false

    GridLayout {
        id: homeGrid
        anchors.fill: parent
        anchors.margins: (view.compact ? 48 : 72) * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 72 * view.u
        rowSpacing: 48 * view.u

        ColumnLayout {
            id: welcome
            opacity: view.overlayCovering ? 0 : 1  // a feature's overlay (the wall's cards) shows in its place
            Behavior on opacity { NumberAnimation { duration: 700; easing.type: Easing.InOutQuad } }
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignVCenter
            spacing: 28 * view.u

            KioskText {
                objectName: "home.greeting"
                text: view.greeting()
                u: view.u
                size: Theme.heading
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                objectName: "home.title"
                heading: true
                text: qsTr("Welcome to %1").arg(view.shell.siteName)
                u: view.u
                size: view.compact ? Theme.heading : Theme.title * (Theme.textScale > 1 ? 1 : 1.2)  // (large text: already the largest words)
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                lineHeight: 1.05
            }
            KioskText {
                objectName: "home.date"
                text: view.shell.today
                u: view.u
                size: Theme.body * 1.15
                color: Theme.inkSoft
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.preferredWidth: 120 * view.u
                Layout.preferredHeight: 8 * view.u
                radius: height / 2
                color: Theme.accent
            }
            KioskText {
                visible: !view.compact
                text: qsTr("Take a seat, have a look around, and ask us anything. We are glad you are here.")
                u: view.u
                size: Theme.body * 1.1
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                lineHeight: 1.2
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            spacing: 28 * view.u

            Item { Layout.fillHeight: view.landscape }  // (centred in landscape; the door gives way first)
            KioskButton {
                id: door
                objectName: "home.checkin"
                u: view.u
                Layout.fillWidth: true
                // As tall as the screen allows up to its full height; never shorter than its words (large text).
                Layout.fillHeight: true
                Layout.preferredHeight: (view.landscape ? 560 : 720) * view.u
                Layout.maximumHeight: Layout.preferredHeight
                Layout.minimumHeight: doorContent.implicitHeight + 48 * view.u
                fill: Theme.accent
                ink: Theme.accentInk
                text: qsTr("Did you experience kindness today?")
                subtitle: qsTr("Tap to answer. One touch, no names.")
                onClicked: view.shell.openCheckin()
                contentItem: ColumnLayout {
                    id: doorContent
                    spacing: 28 * view.u
                    Item { Layout.fillHeight: true }
                    Row {
                        visible: !view.compact
                        Layout.alignment: Qt.AlignHCenter
                        spacing: 24 * view.u
                        // Three faces, written out rather than a Repeater over a JavaScript array (see Face.qml).
                        Face { mood: "yes"; width: 104 * view.u; height: width }
                        Face { mood: "not_sure"; width: 104 * view.u; height: width }
                        Face { mood: "no"; width: 104 * view.u; height: width }
                    }
                    KioskText {
                        Layout.fillWidth: true
                        Layout.leftMargin: 40 * view.u
                        Layout.rightMargin: 40 * view.u
                        text: qsTr("Did you experience kindness today?")
                        u: view.u
                        size: Theme.title
                        font.bold: true
                        color: Theme.accentInk
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true  // said by the door (its accessible name)
                    }
                    KioskText {
                        Layout.fillWidth: true
                        text: qsTr("Tap to answer. One touch, no names.")
                        u: view.u
                        color: Theme.accentInk
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true  // said by the door (its description)
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            GridLayout {
                objectName: "home.doors"
                visible: doorRepeater.count > 0
                Layout.fillWidth: true
                columns: Math.max(1, doorRepeater.count)
                columnSpacing: 28 * view.u
                Repeater {
                    id: doorRepeater
                    model: view.shell.doors
                    KioskButton {
                        required property string key
                        required property string label
                        required property string hint
                        objectName: "home." + key
                        u: view.u
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(200 * view.u, implicitHeight)
                        fill: Theme.surface
                        ink: Theme.ink
                        text: label
                        subtitle: hint
                        onClicked: view.shell.openDoor(key)
                    }
                }
            }
            KioskText {
                text: qsTr("Your answer is anonymous. It helps us make this a kinder place.")
                u: view.u
                size: Theme.small
                color: Theme.inkSoft
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: view.landscape }
        }
    }

    // Overlays that features put over the home screen (the kindness wall's attract strip): each gets the
    // welcome text's area, which it may cover; the doors stay free.
    Repeater {
        model: view.shell.homeOverlays
        delegate: Loader {
            id: overlay
            required property string modelData
            width: view.width
            height: view.height
            Binding {
                target: view
                property: "overlayCovering"
                value: (overlay.item as HomeOverlay)?.covering ?? false
                when: overlay.status === Loader.Ready
            }
            Component.onCompleted: setSource(overlay.modelData, {
                "u": Qt.binding(() => view.u), "models": Qt.binding(() => view.models),
                "area": Qt.binding(() => Qt.rect(homeGrid.x + welcome.x, homeGrid.y + welcome.y,
                                                 welcome.width, welcome.height))
            })
        }
    }
}
