// A heading between the parts of a staff form, with a short accent rule above it.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: section
    property real u: 1
    property alias text: label.text
    spacing: 12 * u
    Layout.fillWidth: true
    Layout.topMargin: 24 * u

    Rectangle {
        Layout.preferredWidth: 96 * section.u
        Layout.preferredHeight: 6 * section.u
        radius: height / 2
        color: Theme.accent
    }
    KioskText {
        id: label
        heading: true
        u: section.u
        size: Theme.body * 1.25
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
