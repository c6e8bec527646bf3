// Qt Virtual Keyboard's panel, loaded on demand by Main.qml; it follows the kiosk's language.
import QtQuick
import QtQuick.VirtualKeyboard

InputPanel {
    objectName: "keyboard.panel"
}
