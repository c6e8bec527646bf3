pragma ComponentBehavior: Bound
// The languages the kiosk offers (kiosk.languages in the config) as big buttons, each named in itself and its own
// script ("Gàidhlig", "Українська", "العربية"); a tap switches the whole kiosk at once (ShellViewModel.setLanguage).
// The language chooser (LanguageChooser) shows it.
import QtQuick
import QtQuick.Templates as T

Grid {
    id: picker
    property real u: 1
    required property var shell
    signal chosen(string code)
    columns: 2
    spacing: 24 * picker.u

    Repeater {
        model: picker.shell.languageChoices
        T.AbstractButton {
            id: choice
            required property string key
            required property string label
            readonly property bool selected: picker.shell.language === choice.key
            objectName: "language.choice." + choice.key
            width: (picker.width - (picker.columns - 1) * picker.spacing) / picker.columns
            implicitHeight: Math.max(Theme.touch * 1.5 * picker.u, name.implicitHeight + 48 * picker.u)
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: choice.label
            Accessible.description: qsTr("Show the kiosk in this language")
            Accessible.checkable: true
            Accessible.checked: choice.selected
            onClicked: {
                picker.shell.setLanguage(choice.key)
                picker.chosen(choice.key)
            }

            background: Rectangle {
                radius: Theme.radius * picker.u
                color: choice.selected ? Theme.accent : Theme.surface
                border.width: choice.visualFocus ? 6 * picker.u : (choice.selected ? 0 : 3 * picker.u)
                border.color: choice.visualFocus ? Theme.focus : Theme.shadow
                scale: choice.down ? 0.97 : 1
                Behavior on scale { NumberAnimation { duration: 90 } }
            }
            contentItem: KioskText {
                id: name
                text: choice.label
                u: picker.u
                size: Theme.heading * 0.9
                font.bold: choice.selected
                color: choice.selected ? Theme.accentInk : Theme.ink
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                Accessible.ignored: true  // said by the button (its accessible name)
            }
        }
    }
}
