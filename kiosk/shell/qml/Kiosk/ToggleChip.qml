// A chip staff tap to switch something on or off: a weekday, an accessibility feature, "Free", a category.
// The view model keeps the state (`on`); screen readers hear it as a check box that is checked or not.
import QtQuick
import QtQuick.Templates as T

T.AbstractButton {
    id: chip
    property real u: 1
    property bool on: false

    implicitHeight: 88 * u
    implicitWidth: Math.max(120 * u, label.implicitWidth + 72 * u)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: on

    background: Rectangle {
        radius: height / 2
        color: chip.on ? Theme.accent : Theme.surface
        border.width: (chip.on ? Theme.controlBorder : 3) * chip.u
        border.color: Theme.inkSoft
        scale: chip.down ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
        FocusRing { u: chip.u; corner: chip.height / 2; shown: chip.visualFocus }
    }
    contentItem: KioskText {
        id: label
        text: (chip.on ? "✓ " : "") + chip.text
        u: chip.u
        size: Theme.small * 1.08
        font.bold: chip.on
        color: chip.on ? Theme.accentInk : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true  // said by the chip (its accessible name)
    }
}
