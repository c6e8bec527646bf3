pragma ComponentBehavior: Bound
// One field of the staff listing editor: its name, a big text box (one line, or several), a counter as the
// limit nears and a note under it — too long (nothing is ever cut: it says by how much), hidden characters
// removed, or what Save found wrong. Text is plain text: markup shows as typed.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ColumnLayout {
    id: field
    property real u: 1
    required property var editor
    property string key: ""
    property string label: ""
    property string hint: ""
    property string placeholder: ""
    property bool multiline: false  // a box that wraps (the view model keeps one-line fields one line)
    property real boxHeight: 260 * u
    property int inputHints: Qt.ImhNone
    readonly property string value: field.editor.values[field.key] ?? ""
    readonly property string note: field.editor.notes[field.key] ?? ""
    readonly property int length: field.editor.lengths[field.key] ?? 0
    readonly property int limit: field.editor.limits[field.key] ?? 0
    readonly property bool over: limit > 0 && length > limit
    readonly property bool problem: field.editor.problemKey === field.key
    readonly property Item input: multiline ? area : line
    readonly property bool editing: line.activeFocus || area.activeFocus
    spacing: 8 * u

    KioskText {
        text: field.label
        u: field.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        visible: field.hint !== ""
        text: field.hint
        u: field.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    TextField {
        id: line
        objectName: field.multiline ? "" : "listing.field." + field.key
        visible: !field.multiline
        Layout.fillWidth: true
        Layout.preferredHeight: 96 * field.u
        text: field.value
        onTextChanged: if (text !== field.value) field.editor.setField(field.key, text)
        placeholderText: field.placeholder
        placeholderTextColor: Theme.inkSoft
        inputMethodHints: field.inputHints
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body * field.u
        color: Theme.ink
        selectionColor: Theme.focus
        selectedTextColor: Theme.accentInk
        leftPadding: 24 * field.u
        rightPadding: 24 * field.u
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.note
        background: Rectangle {
            radius: 18 * field.u
            color: Theme.surface
            border.width: (line.activeFocus || field.problem ? 5 : 3) * field.u
            border.color: line.activeFocus ? Theme.focus : field.problem || field.over ? Theme.accent : Theme.inkSoft
        }
    }
    Rectangle {
        visible: field.multiline
        Layout.fillWidth: true
        Layout.preferredHeight: field.boxHeight
        radius: 18 * field.u
        color: Theme.surface
        border.width: (area.activeFocus || field.problem ? 5 : 3) * field.u
        border.color: area.activeFocus ? Theme.focus : field.problem || field.over ? Theme.accent : Theme.inkSoft
        ScrollView {
            anchors.fill: parent
            anchors.margins: 6 * field.u
            clip: true
            TextArea {
                id: area
                objectName: field.multiline ? "listing.field." + field.key : ""
                text: field.value
                onTextChanged: if (text !== field.value) field.editor.setField(field.key, text)
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                placeholderText: field.placeholder
                placeholderTextColor: Theme.inkSoft
                inputMethodHints: field.inputHints
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body * field.u
                color: Theme.ink
                selectionColor: Theme.focus
                selectedTextColor: Theme.accentInk
                leftPadding: 18 * field.u
                rightPadding: 18 * field.u
                topPadding: 14 * field.u
                bottomPadding: 14 * field.u
                background: null
                Accessible.role: Accessible.EditableText
                Accessible.name: field.label
                Accessible.description: field.note
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: field.note !== "" || counter.visible
        spacing: 16 * field.u
        KioskText {
            objectName: field.note !== "" ? "listing.note." + field.key : ""
            text: field.note
            u: field.u
            size: Theme.small
            font.bold: field.problem || field.over
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            id: counter
            visible: field.limit >= 40 && (field.over || field.length > field.limit * 0.8
                                            || (field.editing && field.length > 0))
            text: qsTr("%1 / %2").arg(field.length).arg(field.limit)
            u: field.u
            size: Theme.small
            font.bold: field.over
            color: field.over ? Theme.ink : Theme.inkSoft
            Layout.alignment: Qt.AlignTop
        }
    }
}
