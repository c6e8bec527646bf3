// A small label on a listing: "On now", "Just drop in — no booking", "Free", "Cancelled". Not a control.
import QtQuick

Rectangle {
    id: badge
    property real u: 1
    property alias text: label.text
    property color ink: Theme.quietInk
    property bool bold: true
    color: Theme.quiet
    radius: height / 2
    implicitWidth: label.implicitWidth + 36 * u
    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
    implicitHeight: label.implicitHeight + 12 * u
    visible: label.text !== ""

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, badge.width - 36 * badge.u)
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small * badge.u
        font.bold: badge.bold
        color: badge.ink
        elide: Text.ElideRight
    }
}
