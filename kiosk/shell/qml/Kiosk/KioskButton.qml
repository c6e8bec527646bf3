// The kiosk's button: large and friendly, with an optional second line. Its accessible name is its text and
// its description the second line (the words drawn inside are not read a second time). Every tap target that
// looks like a button is one of these; a screen may give it other content (a face and a word, say).
import QtQuick
import QtQuick.Templates as T

T.AbstractButton {
    id: control
    property real u: 1
    property color fill: Theme.accent
    property color ink: Theme.accentInk
    property string subtitle: ""
    property real corner: Theme.radius  // the rounding of its corners, times u
    // How tall its words are (one line or two): a screen that sets its own height keeps at least this much.
    readonly property real wordsHeight: column.implicitHeight

    implicitHeight: Math.max(Theme.touch * u, column.implicitHeight + 48 * u)
    implicitWidth: Math.max(320 * u, label.implicitWidth + 96 * u)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: subtitle

    background: Rectangle {
        radius: control.corner * control.u
        color: control.fill
        opacity: control.enabled ? 1 : 0.55
        border.width: Theme.controlBorder * control.u  // high contrast outlines every control
        border.color: Theme.controlBorderInk
        scale: control.down ? 0.97 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
        FocusRing {
            u: control.u
            corner: control.corner * control.u
            shown: control.visualFocus
        }
    }
    contentItem: Item {
        Column {
            id: column
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 6 * control.u
            KioskText {
                id: label
                width: parent.width
                text: control.text
                u: control.u
                size: Theme.button
                font.bold: true
                color: control.ink
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.ignored: true  // said by the button (its accessible name, or description)
            }
            KioskText {
                width: parent.width
                visible: control.subtitle !== ""
                text: control.subtitle
                u: control.u
                size: Theme.small
                color: control.ink
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.ignored: true  // said by the button (its accessible name, or description)
            }
        }
    }
}
