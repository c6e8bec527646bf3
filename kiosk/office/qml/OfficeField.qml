// A labelled one-line text box of the office (mouse and keyboard): its label above, the box below. Its
// accessible name is the label; `secret` hides what is typed (a password: never kept by the office).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: field
    property real u: 0.5
    property string label: ""
    property alias text: box.text
    property alias placeholder: box.placeholderText
    property bool secret: false
    property alias input: box
    signal accepted()
    spacing: 6 * u

    KioskText {
        text: field.label
        u: field.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
        Accessible.ignored: true  // said by the box (its accessible name)
    }
    TextField {
        id: box
        objectName: field.objectName !== "" ? field.objectName + ".box" : ""
        Layout.fillWidth: true
        Layout.preferredHeight: 80 * field.u
        echoMode: field.secret ? TextInput.Password : TextInput.Normal
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body * field.u
        color: Theme.ink
        placeholderTextColor: Theme.inkSoft
        selectionColor: Theme.focus
        selectedTextColor: Theme.accentInk
        leftPadding: 16 * field.u
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.passwordEdit: field.secret
        onAccepted: field.accepted()
        background: Rectangle {
            radius: 14 * field.u
            color: Theme.surface
            border.width: (box.activeFocus ? 4 : 2) * field.u
            border.color: box.activeFocus ? Theme.focus : Theme.inkSoft
        }
    }
}
