pragma ComponentBehavior: Bound
// One weekday of a space's opening hours in the staff editor: open and close, an optional second opening,
// and "Closed". A delegate of the editor's `hours` list (which is not reset while staff type, so the field
// keeps its focus).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: row
    required property string key
    required property string label
    required property string open1
    required property string close1
    required property string open2
    required property string close2
    required property var editor
    property real u: 1
    property bool landscape: false
    readonly property string note: row.editor.notes["hours." + row.key] ?? ""
    spacing: 10 * u

    component TimeField: TextField {
        id: tf
        required property int slot
        property string initial: ""
        objectName: "listing.hours." + row.key + "." + slot
        Layout.fillWidth: true
        Layout.preferredHeight: 96 * row.u
        Layout.minimumWidth: 150 * row.u
        text: initial
        onTextChanged: row.editor.setHours(row.key, slot, text)
        inputMethodHints: Qt.ImhPreferNumbers
        placeholderText: slot % 2 === 0 ? qsTr("opens") : qsTr("closes")
        placeholderTextColor: Theme.inkSoft
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body * row.u
        color: Theme.ink
        horizontalAlignment: TextInput.AlignHCenter
        Accessible.role: Accessible.EditableText
        Accessible.name: [qsTr("%1 opens at").arg(row.label), qsTr("%1 closes at").arg(row.label),
                          qsTr("%1 opens again at").arg(row.label), qsTr("%1 closes again at").arg(row.label)][slot]
        background: Rectangle {
            radius: 18 * row.u
            color: Theme.surface
            border.width: (tf.activeFocus ? 5 : 3) * row.u
            border.color: tf.activeFocus ? Theme.focus : row.note !== "" ? Theme.accent : Theme.inkSoft
        }
    }

    KioskText {
        text: first.text === "" && second.text === "" && third.text === "" && fourth.text === ""
              ? qsTr("%1 — closed").arg(row.label) : row.label
        u: row.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12 * row.u
        TimeField { id: first; slot: 0; initial: row.open1 }
        KioskText {
            text: qsTr("–")
            u: row.u
            Accessible.ignored: true  // decorative: each time field's name says opens or closes
        }
        TimeField { id: second; slot: 1; initial: row.close1 }
        KioskText {
            text: qsTr("and")
            u: row.u
            size: Theme.small
            color: Theme.inkSoft
        }
        TimeField { id: third; slot: 2; initial: row.open2 }
        KioskText {
            text: qsTr("–")
            u: row.u
            Accessible.ignored: true  // decorative: each time field's name says opens or closes
        }
        TimeField { id: fourth; slot: 3; initial: row.close2 }
        KioskButton {
            objectName: "listing.hours." + row.key + ".closed"
            u: row.u
            implicitWidth: 190 * row.u
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Closed")
            onClicked: row.editor.setClosed(row.key)
        }
    }
    KioskText {
        objectName: row.note !== "" ? "listing.note.hours." + row.key : ""
        visible: row.note !== ""
        text: row.note
        u: row.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
