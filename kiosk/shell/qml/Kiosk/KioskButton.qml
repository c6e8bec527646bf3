// A large, friendly button with an optional second line. Its accessible name is its text.
import QtQuick
import QtQuick.Controls.Basic

AbstractButton {
    id: control
    property real u: 1
    property color fill: Theme.accent
    property color ink: Theme.accentInk
    property string subtitle: ""

    implicitHeight: Math.max(Theme.touch * u, column.implicitHeight + 48 * u)
    implicitWidth: Math.max(320 * u, label.implicitWidth + 96 * u)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: subtitle

    background: Rectangle {
        radius: Theme.radius * control.u
        color: control.fill
        opacity: control.enabled ? 1 : 0.55
        border.width: control.visualFocus ? 6 * control.u : 0
        border.color: Theme.focus
        scale: control.down ? 0.97 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
    }
    contentItem: Item {
        Column {
            id: column
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 6 * control.u
            Text {
                id: label
                width: parent.width
                text: control.text
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.button * control.u
                font.bold: true
                color: control.ink
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                visible: control.subtitle !== ""
                text: control.subtitle
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.small * control.u
                color: control.ink
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
