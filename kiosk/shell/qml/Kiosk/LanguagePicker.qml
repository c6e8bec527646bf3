pragma ComponentBehavior: Bound
// The languages the kiosk offers (kiosk.languages in the config), each named in itself ("Cymraeg", "Gàidhlig");
// a tap switches the whole kiosk at once (ShellViewModel.setLanguage). HomeView makes it only when there are two
// or more.
import QtQuick

Flow {
    id: picker
    property real u: 1
    required property var shell
    spacing: 20 * u

    Repeater {
        id: languageRepeater
        model: picker.shell.languageChoices
        Chip {
            required property string key
            required property string label
            objectName: "home.language." + key
            u: picker.u
            text: label
            selected: picker.shell.language === key
            Accessible.description: qsTr("Show the kiosk in this language")
            onClicked: picker.shell.setLanguage(key)
        }
    }
}
