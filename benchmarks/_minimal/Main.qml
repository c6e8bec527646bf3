// The baseline for benchmarks/startup.py: the smallest useful QML window, sized like the kiosk.
import QtQuick
import QtQuick.Window

Window {
    width: 1080
    height: 1920
    visible: true
    Text { anchors.centerIn: parent; text: "Hello"; font.pixelSize: 48 }
}
