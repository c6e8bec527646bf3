// The focus ring: a thick outline just outside a control that has keyboard focus (Tab, arrow keys, a switch
// interface), drawn on the screen's own background so it shows whatever the control's colour, in every mode
// (thicker in high contrast). Put one inside a control's background: `FocusRing { u: …; shown: control.visualFocus }`.
import QtQuick

Rectangle {
    id: ring
    objectName: "focusRing"
    property real u: 1
    property bool shown: false
    property real corner: Theme.radius * u  // the control's own corner radius
    readonly property real gap: 5 * u
    readonly property real thickness: Theme.focusWidth * u
    visible: shown
    anchors.fill: parent
    anchors.margins: -(gap + thickness)
    radius: corner + gap + thickness
    color: "transparent"
    border.width: thickness
    border.color: Theme.focus
}
