pragma ComponentBehavior: Bound
// The visitor's own tools, on every visitor screen: their language, how the kiosk looks and reads (large text,
// high contrast, reach), and reading the screen aloud. Hosted once by Main.qml above every visitor screen.
import QtQuick

Row {
    id: bar
    objectName: "visitorBar"
    property real u: 1
    required property var shell
    required property var models
    spacing: 16 * bar.u
    // <language>
    LanguageButton {
        u: bar.u
        shell: bar.shell
    }
    // </language>
    // <modes>
    AccessButton { u: bar.u; access: bar.models.access }
    // </modes>
    // <speech>
    ReadAloudButton { u: bar.u; model: bar.models.readAloud ?? null }
    // </speech>
}
