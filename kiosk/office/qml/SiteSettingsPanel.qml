pragma ComponentBehavior: Bound
// Kiosk settings (from the Kiosks page): per site, the settings managed centrally — the welcome line, the wall's
// moderation, the languages offered, the idle timeout and the opening hours. Each shows the centre's value or
// "as the kiosk's file says"; edit, clear, save. A bad value gets the config schema's sentence beside it and
// nothing is saved or lost (kiosk.office.settings_model).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: panel
    required property var settings
    property real u: 0.5
    signal closed()
    spacing: 16 * u

    RowLayout {
        Layout.fillWidth: true
        spacing: 20 * panel.u
        KioskText {
            text: qsTr("Kiosk settings")
            heading: true
            u: panel.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
        }
        OfficeChoice {
            objectName: "office.settings.site"
            u: panel.u
            name: qsTr("Site")
            model: panel.settings.sites
            currentIndex: panel.settings.site
            onActivated: index => panel.settings.setSite(index)
        }
        OfficeButton {
            objectName: "office.settings.back"
            text: qsTr("Back to the kiosks")
            quiet: true
            u: panel.u
            onClicked: panel.closed()
        }
    }
    KioskText {
        text: qsTr("What you set here reaches every kiosk of the site with its next sync and replaces what the "
                   + "kiosk's own file says. Leave a setting as the kiosk's file says to let each kiosk decide.")
        u: panel.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        objectName: "office.settings.updated"
        text: panel.settings.updated
        u: panel.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        objectName: "office.settings.message"
        visible: text !== ""
        text: panel.settings.message
        u: panel.u
        font.bold: true
        color: Theme.noticeInk
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    Card {
        u: panel.u
        Layout.fillWidth: true
        Layout.fillHeight: true
        Flickable {
            id: flick
            anchors.fill: parent
            anchors.margins: 24 * panel.u
            clip: true
            contentHeight: rows.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the settings") }
            ColumnLayout {
                id: rows
                width: flick.width - 24 * panel.u
                spacing: 18 * panel.u
                Repeater {
                    model: panel.settings.fields
                    RowLayout {
                        id: row
                        required property int index
                        required property string key
                        required property string label
                        required property string help
                        required property bool central
                        required property string value
                        required property string problem
                        required property bool multiline
                        Layout.fillWidth: true
                        spacing: 20 * panel.u
                        ColumnLayout {
                            Layout.preferredWidth: rows.width * 0.3
                            Layout.maximumWidth: rows.width * 0.3
                            Layout.alignment: Qt.AlignTop
                            spacing: 4 * panel.u
                            KioskText {
                                text: row.label
                                u: panel.u
                                font.bold: true
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                            KioskText {
                                objectName: "office.settings.source." + row.key
                                text: row.central ? qsTr("Set here for every kiosk of the site")
                                                  : qsTr("As the kiosk's file says")
                                u: panel.u
                                size: Theme.small
                                font.bold: row.central
                                color: row.central ? Theme.accent : Theme.inkSoft
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 4 * panel.u
                            TextField {
                                objectName: "office.settings." + row.key
                                visible: !row.multiline
                                text: row.value
                                placeholderText: qsTr("As the kiosk's file says")
                                Layout.fillWidth: true
                                Layout.preferredHeight: 72 * panel.u
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.body * panel.u
                                color: Theme.ink
                                placeholderTextColor: Theme.inkSoft
                                leftPadding: 16 * panel.u
                                Accessible.role: Accessible.EditableText
                                Accessible.name: row.label
                                Accessible.description: row.help
                                onTextEdited: panel.settings.edit(row.key, text)
                                background: Rectangle {
                                    radius: 14 * panel.u
                                    color: Theme.surface
                                    border.width: (parent.activeFocus ? 4 : 2) * panel.u
                                    border.color: row.problem !== "" ? Theme.noticeInk
                                                  : parent.activeFocus ? Theme.focus : Theme.inkSoft
                                }
                            }
                            TextArea {
                                objectName: "office.settings." + row.key
                                textFormat: TextEdit.PlainText
                                visible: row.multiline
                                text: row.value
                                placeholderText: qsTr("As the kiosk's file says")
                                wrapMode: TextEdit.Wrap
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(150 * panel.u, implicitHeight)
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.body * panel.u
                                color: Theme.ink
                                placeholderTextColor: Theme.inkSoft
                                leftPadding: 16 * panel.u
                                Accessible.role: Accessible.EditableText
                                Accessible.name: row.label
                                Accessible.description: row.help
                                onTextChanged: if (activeFocus) panel.settings.edit(row.key, text)
                                background: Rectangle {
                                    radius: 14 * panel.u
                                    color: Theme.surface
                                    border.width: (parent.activeFocus ? 4 : 2) * panel.u
                                    border.color: row.problem !== "" ? Theme.noticeInk
                                                  : parent.activeFocus ? Theme.focus : Theme.inkSoft
                                }
                            }
                            KioskText {
                                text: row.help
                                u: panel.u
                                size: Theme.small
                                color: Theme.inkSoft
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                            KioskText {
                                objectName: "office.settings.problem." + row.key
                                visible: row.problem !== ""
                                text: row.problem
                                u: panel.u
                                size: Theme.small
                                font.bold: true
                                color: Theme.noticeInk
                                Layout.fillWidth: true
                                wrapMode: Text.WrapAnywhere
                                Accessible.role: Accessible.AlertMessage
                            }
                        }
                        OfficeButton {
                            objectName: "office.settings.clear." + row.key
                            Layout.alignment: Qt.AlignTop
                            text: qsTr("Clear")
                            quiet: true
                            enabled: row.central
                            opacity: enabled ? 1 : 0.45
                            u: panel.u
                            Accessible.name: qsTr("Clear %1: as the kiosk's file says").arg(row.label)
                            onClicked: panel.settings.clear(row.key)
                        }
                    }
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 20 * panel.u
        Item { Layout.fillWidth: true }
        OfficeButton {
            objectName: "office.settings.revert"
            text: qsTr("Undo changes")
            quiet: true
            enabled: panel.settings.dirty && !panel.settings.busy
            opacity: enabled ? 1 : 0.45
            u: panel.u
            onClicked: panel.settings.revert()
        }
        OfficeButton {
            objectName: "office.settings.save"
            text: qsTr("Save for this site")
            enabled: !panel.settings.busy
            u: panel.u
            onClicked: panel.settings.save()
        }
    }
}
