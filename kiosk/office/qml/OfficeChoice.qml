// A drop-down list of the office (a site, a reason, a kind of login), named for screen readers.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

ComboBox {
    id: combo
    property real u: 0.5
    property string name: ""
    implicitHeight: 80 * u
    implicitWidth: 420 * u
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body * u
    Accessible.role: Accessible.ComboBox
    Accessible.name: name
    background: Rectangle {
        radius: 14 * combo.u
        color: Theme.surface
        border.width: (combo.activeFocus ? 4 : 2) * combo.u
        border.color: combo.activeFocus ? Theme.focus : Theme.inkSoft
    }
}
