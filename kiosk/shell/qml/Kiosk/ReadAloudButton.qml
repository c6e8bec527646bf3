pragma ComponentBehavior: Bound
// "Read to me": reads the current screen aloud in the kiosk's language; a second tap stops
// (kiosk.shell.read_aloud_model). While it reads it turns dark with a sound-wave mark and says "Stop reading";
// where there is no voice for the language it says so, on the button and as its accessible description.
import QtQuick

KioskButton {
    id: control
    objectName: "readAloud"
    property var model: null
    readonly property bool speaking: control.model !== null && control.model.speaking
    readonly property bool cannot: control.model !== null && control.model.state === "cannot"

    visible: control.model !== null
    implicitWidth: Math.max(300 * u, label.implicitWidth + 120 * u)
    implicitHeight: Math.max(Theme.touch * u, content.implicitHeight + 32 * u)
    fill: control.speaking ? Theme.accent : Theme.surface
    ink: control.speaking ? Theme.accentInk : Theme.ink
    text: control.model ? control.model.label : ""
    subtitle: control.model ? control.model.note : ""
    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.description: control.subtitle
    onClicked: if (control.model) control.model.toggle()

    contentItem: Item {
        implicitHeight: content.implicitHeight
        Row {
            id: content
            anchors.centerIn: parent
            spacing: 16 * control.u
            Row {  // a speaker's sound waves: still when idle, pulsing while it reads
                id: waves
                anchors.verticalCenter: parent.verticalCenter
                spacing: 6 * control.u
                Repeater {
                    model: 3
                    Rectangle {
                        id: wave
                        required property int index
                        width: 8 * control.u
                        height: (18 + 12 * wave.index) * control.u
                        radius: width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: control.ink
                        opacity: control.cannot ? 0.4 : 1
                        SequentialAnimation on scale {
                            running: control.speaking
                            loops: Animation.Infinite
                            alwaysRunToEnd: true
                            NumberAnimation { to: 0.5; duration: 300 + 80 * wave.index }
                            NumberAnimation { to: 1; duration: 300 + 80 * wave.index }
                        }
                    }
                }
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 4 * control.u
                KioskText {
                    id: label
                    text: control.text
                    u: control.u
                    size: Theme.button
                    maxScale: 1.2  // (the tools strip stays one row in large text)
                    font.bold: true
                    color: control.ink
                    Accessible.ignored: true  // said by the button (its accessible name)
                }
                KioskText {
                    visible: text !== ""
                    width: Math.min(implicitWidth, 420 * control.u)
                    text: control.subtitle
                    u: control.u
                    size: Theme.small
                    maxScale: 1.2  // (the tools strip stays one row in large text)
                    color: control.ink
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true  // said by the button (its accessible description)
                }
            }
        }
    }
}
