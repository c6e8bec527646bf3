// A heading between the parts of a staff form, with a short accent rule above it.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: heading
    property real u: 1
    property alias text: label.text
    spacing: 12 * u
    Layout.fillWidth: true
    Layout.topMargin: 24 * u

    Rectangle {
        Layout.preferredWidth: 96 * heading.u
        Layout.preferredHeight: 6 * heading.u
        radius: height / 2
        color: Theme.accent
    }
    Text {
        id: label
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body * 1.25 * heading.u
        font.bold: true
        color: Theme.ink
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
