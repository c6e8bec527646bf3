// A white card on the office's warm background, holding one part of a page.
import QtQuick
import Kiosk

Rectangle {
    property real u: 0.5
    color: Theme.surface
    radius: 24 * u
    border.width: 2 * u
    border.color: Theme.shadow
}
