// Soft, warm shapes behind every screen; purely decorative.
import QtQuick

Item {
    id: backdrop
    property real u: 1
    anchors.fill: parent

    Rectangle { anchors.fill: parent; color: Theme.background }
    Rectangle {
        width: 760 * backdrop.u; height: width; radius: width / 2
        x: backdrop.width - width * 0.62; y: -height * 0.38
        color: Theme.blobA; opacity: 0.75
    }
    Rectangle {
        width: 620 * backdrop.u; height: width; radius: width / 2
        x: -width * 0.45; y: backdrop.height - height * 0.55
        color: Theme.blobB; opacity: 0.8
    }
}
