// The office's button: the kiosk's KioskButton at desk size (mouse and keyboard), accent or quiet.
import QtQuick
import Kiosk

KioskButton {
    id: button
    property bool quiet: false
    u: 0.5
    fill: quiet ? Theme.quiet : Theme.accent
    ink: quiet ? Theme.quietInk : Theme.accentInk
    corner: 18
    implicitHeight: Math.max(76 * u, 40)
    implicitWidth: Math.max(160 * u, metrics.advanceWidth + 80 * u)
    TextMetrics {
        id: metrics
        text: button.text
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: Theme.textSize(Theme.button) * button.u
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
