// One entry of the office's left navigation: a page's name; the page shown is marked (and said as selected).
import QtQuick
import QtQuick.Templates as T
import Kiosk

T.AbstractButton {
    id: nav
    property real u: 0.5
    property bool current: false
    implicitHeight: 88 * u
    implicitWidth: 360 * u
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: 16 * nav.u
        color: nav.current ? Theme.accent : nav.hovered ? Theme.quiet : "transparent"
        FocusRing { u: nav.u; corner: 16 * nav.u; shown: nav.visualFocus }
    }
    contentItem: KioskText {
        text: nav.text
        u: nav.u
        size: Theme.button
        font.bold: nav.current
        color: nav.current ? Theme.accentInk : Theme.ink
        verticalAlignment: Text.AlignVCenter
        leftPadding: 24 * nav.u
        Accessible.ignored: true  // said by the button
    }
}
