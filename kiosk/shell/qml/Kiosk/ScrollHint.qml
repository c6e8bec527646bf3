// A slim scroll bar that stays in view whenever a list is longer than its space: there is more to see.
// (Qt's ScrollIndicator shows only while moving; a visitor who has not touched the list needs the hint.)
// It stays on the right when the window mirrors for a right-to-left language: the lists keep their free margin
// on the right (they size their content `width - margin` from x = 0), so a hint moved to the left would cover
// the start of every line.
import QtQuick
import QtQuick.Controls.Basic

ScrollIndicator {
    id: hint
    property real u: 1
    active: true
    LayoutMirroring.enabled: false
    visible: size < 1
    contentItem: Rectangle { implicitWidth: 10 * hint.u; implicitHeight: 10 * hint.u; radius: 5 * hint.u; color: Theme.inkSoft }
    background: Rectangle { implicitWidth: 10 * hint.u; implicitHeight: 10 * hint.u; radius: 5 * hint.u; color: Theme.shadow }
}
