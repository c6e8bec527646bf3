// Qt Virtual Keyboard's own fallback/digits.qml, loaded from inside Qt (this directory replaces Qt's built-in one:
// README.md in assets/keyboard says why).
import QtQuick.VirtualKeyboard.Components

KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/fallback/digits.qml"
}
