// Qt Virtual Keyboard's panel, loaded on demand by Main.qml; it follows the kiosk's language: the layout of the
// language in use (ShellViewModel.keyboardLocale, from the kiosk's own layouts: kiosk/shell/keyboard.py), and the
// keyboard's own language key cycles through the layouts of the languages offered (keyboardLocales).
import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    objectName: "keyboard.panel"
    readonly property var shell: (panel.Window.window as Main)?.shell ?? null
    // The keys stay where the layout puts them: Qt's layouts list them in the order they are on the keyboard,
    // whichever way the language is written (the window mirrors everything else for Arabic and Urdu).
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: panel.shell ? panel.shell.keyboardLocales : []
        when: panel.shell !== null
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.shell ? panel.shell.keyboardLocale : ""
        when: panel.shell !== null
    }
}
