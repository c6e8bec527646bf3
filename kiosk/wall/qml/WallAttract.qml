pragma ComponentBehavior: Bound
// The kindness wall's overlay on the home screen (registered with ShellViewModel.add_home_overlay): after a
// minute without a touch, the attract strip of recent cards drifts over the welcome text.
import QtQuick
import Kiosk

HomeOverlay {
    id: overlay
    covering: strip.item !== null

    Loader {
        id: strip
        anchors.fill: parent
        active: overlay.models.wall.attract
        sourceComponent: WallAttractStrip {
            u: overlay.u
            wall: overlay.models.wall
            area: overlay.area
        }
    }
}
