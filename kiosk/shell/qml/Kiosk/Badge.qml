// A small label on a listing: "On now", "Just drop in — no booking", "Free", "Cancelled". Not a control. Never
// wider than its parent: longer words (Polish, Gaelic, large text) wrap onto a second line rather than elide.
import QtQuick

Rectangle {
    id: badge
    property real u: 1
    property alias text: label.text
    property color ink: Theme.quietInk
    property bool bold: true
    property bool spoken: true  // false inside a control or card whose accessible name already says it
    color: Theme.quiet
    radius: Math.min(height / 2, 30 * u)  // a pill on one line, a rounded box on two
    implicitWidth: label.implicitWidth + 36 * u
    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
    implicitHeight: label.implicitHeight + 12 * u
    visible: label.text !== ""

    KioskText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, badge.width - 36 * badge.u)
        u: badge.u
        size: Theme.small
        font.bold: badge.bold
        color: badge.ink
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.ignored: !badge.spoken  // a card or control around it says it
    }
}
