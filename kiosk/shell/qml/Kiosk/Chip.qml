// A category filter chip: a pill that is filled when chosen. Its accessible name is its text, and screen
// readers hear whether it is the chosen one.
import QtQuick
import QtQuick.Templates as T

T.AbstractButton {
    id: chip
    property real u: 1
    property bool selected: false

    implicitHeight: 88 * u
    implicitWidth: Math.max(160 * u, label.implicitWidth + 64 * u)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: selected

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.accent : Theme.surface
        border.width: (chip.selected ? Theme.controlBorder : 3) * chip.u
        border.color: Theme.shadow
        scale: chip.down ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
        FocusRing { u: chip.u; corner: chip.height / 2; shown: chip.visualFocus }
    }
    contentItem: KioskText {
        id: label
        text: chip.text
        u: chip.u
        size: Theme.small * 1.08
        font.bold: chip.selected
        color: chip.selected ? Theme.accentInk : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true  // said by the chip (its accessible name)
    }
}
