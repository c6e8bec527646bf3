pragma ComponentBehavior: Bound
// Writing a message for the kindness wall: prompts to start from, a big text field with the on-screen
// keyboard, a gentle hint about names and contact details, and a count that appears as the limit nears.
// Nothing is ever cut: over the limit, the part that does not fit is shown and Send waits.
// Everything stays above the keyboard (root.screenKeyboardTop: its top in this screen's coordinates).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import KioskOrder

Item {
    id: view
    objectName: "wall.write"
    required property var shell
    required property var models
    required property var root
    readonly property var compose: models.wallCompose
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property bool keyboardUp: root.screenKeyboardTop < height - 1
    // Landscape with the keyboard up leaves little height: the buttons move beside the text field.
    readonly property bool compact: landscape && keyboardUp

    function focusField() {
        field.forceActiveFocus()
        field.cursorPosition = field.length
    }
    Component.onCompleted: focusField()  // the keyboard comes up at once: writing is why we are here
    Component.onDestruction: view.root.inputMethod.hide()  // leaving (preview, sent, home): the keyboard goes too

    ColumnLayout {
        id: page
        x: 64 * view.u
        y: (view.compact ? 16 : 56) * view.u
        width: view.width - 128 * view.u
        height: Math.min(view.height, view.root.screenKeyboardTop) - y - (view.keyboardUp ? 16 : 48) * view.u
        spacing: (view.compact ? 12 : 24) * view.u

        KioskText {
            objectName: "wall.write.title"
            heading: true
            visible: !view.compact
            text: qsTr("Write a kind message")
            u: view.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "wall.write.hint"
            text: qsTr("First names or “the lady at desk 3” are perfect. Please leave out full names, phone numbers and emails.")
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap  // whole, even beside the keyboard: it says what to leave out
        }
        Flow {
            objectName: "wall.write.prompts"
            visible: view.compose.showPrompts
            Layout.fillWidth: true
            spacing: 20 * view.u
            Repeater {
                model: view.compose.prompts
                KioskButton {
                    required property string key
                    required property string label
                    objectName: "wall.prompt." + key
                    u: view.u
                    implicitHeight: (view.compact ? 88 : Theme.touch) * view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: label
                    onClicked: {
                        view.compose.usePrompt(key)
                        view.focusField()
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: view.compact ? 2 : 1
            columnSpacing: 24 * view.u
            rowSpacing: (view.compact ? 12 : 24) * view.u

            ColumnLayout {
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 10 * view.u

                Rectangle {
                    id: frame
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 150 * view.u
                    radius: Theme.radius * view.u
                    color: Theme.surface
                    border.width: (field.activeFocus ? 5 : 3) * view.u
                    border.color: field.activeFocus ? Theme.focus : Theme.inkSoft

                    ScrollView {
                        anchors.fill: parent
                        anchors.margins: 10 * view.u
                        clip: true
                        TextArea {
                            id: field
                            objectName: "wall.write.field"
                            // Two-way without a binding: the field may normalise what it is given (line breaks),
                            // and the view model follows the field.
                            Component.onCompleted: text = view.compose.text
                            onTextChanged: if (text !== view.compose.text) view.compose.setText(text)
                            Connections {
                                target: view.compose
                                function onTextChanged() {
                                    if (field.text !== view.compose.text)
                                        field.text = view.compose.text
                                }
                            }
                            textFormat: TextEdit.PlainText
                            wrapMode: TextEdit.Wrap
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.textSize(44) * view.u  // grows in large text, as every text does
                            color: Theme.ink
                            selectionColor: Theme.focus
                            selectedTextColor: Theme.accentInk
                            placeholderText: qsTr("Who would you like to thank?")
                            placeholderTextColor: Theme.inkSoft
                            leftPadding: 24 * view.u
                            rightPadding: 24 * view.u
                            topPadding: 18 * view.u
                            bottomPadding: 18 * view.u
                            background: null
                            Accessible.role: Accessible.EditableText
                            Accessible.name: qsTr("Your message")
                            Accessible.description: view.compose.counterText
                        }
                    }
                    MouseArea {  // a tap anywhere in the frame puts the cursor in the field (and brings the keyboard)
                        objectName: "wall.write.frame"
                        anchors.fill: parent
                        visible: !field.activeFocus
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("Your message")
                        Accessible.onPressAction: view.focusField()
                        onClicked: view.focusField()
                    }
                }
                KioskText {
                    objectName: "wall.write.counter"
                    visible: text !== ""
                    text: view.compose.counterText
                    u: view.u
                    size: Theme.small
                    font.bold: view.compose.overLimit
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    objectName: "wall.write.overflow"
                    visible: view.compose.overLimit && !view.compact
                    text: qsTr("This part does not fit: “%1”").arg(view.compose.overflowText)
                    u: view.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }

            GridLayout {
                id: actions
                Layout.row: view.compact ? 0 : 1
                Layout.column: view.compact ? 1 : 0
                Layout.fillWidth: !view.compact
                Layout.preferredWidth: view.compact ? 420 * view.u : -1
                Layout.alignment: Qt.AlignTop
                columns: view.compact ? 1 : 3
                columnSpacing: 24 * view.u
                rowSpacing: 12 * view.u

                // Compact (landscape, keyboard up): Send on top, nearest the words; otherwise Back … Send.
                // The buttons' order follows (a screen reader and Tab go top to bottom, then along the row).
                function order() {
                    ReadingOrder.arrange(view.compact ? [sendButton, previewButton, backButton]
                                                      : [backButton, previewButton, sendButton])
                }
                Component.onCompleted: order()
                Connections {
                    target: view
                    function onCompactChanged() { actions.order() }
                }
                KioskButton {
                    id: backButton
                    objectName: "wall.write.back"
                    u: view.u
                    Layout.row: view.compact ? 2 : 0
                    Layout.column: 0
                    implicitHeight: Math.max((view.compact ? 88 : Theme.touch) * view.u, wordsHeight + 16 * view.u)
                    Layout.fillWidth: view.compact
                    Layout.preferredWidth: view.compact ? -1 : 260 * view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Back")
                    onClicked: view.compose.back()
                }
                KioskButton {
                    id: previewButton
                    objectName: "wall.write.preview"
                    u: view.u
                    Layout.row: view.compact ? 1 : 0
                    Layout.column: view.compact ? 0 : 1
                    implicitHeight: Math.max((view.compact ? 88 : Theme.touch) * view.u, wordsHeight + 16 * view.u)
                    Layout.fillWidth: true
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    enabled: view.compose.canSend
                    text: qsTr("Preview")
                    onClicked: view.compose.showPreview()
                }
                KioskButton {
                    id: sendButton
                    objectName: "wall.write.send"
                    u: view.u
                    Layout.row: 0
                    Layout.column: view.compact ? 0 : 2
                    implicitHeight: Math.max((view.compact ? 88 : Theme.touch) * view.u, wordsHeight + 16 * view.u)
                    Layout.fillWidth: true
                    enabled: view.compose.canSend
                    text: qsTr("Send")
                    onClicked: view.compose.send()
                }
            }
        }
        KioskText {
            objectName: "wall.write.policy"
            visible: !view.compact
            text: view.compose.policyNote
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
