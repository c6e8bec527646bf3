pragma ComponentBehavior: Bound
// A listing as a visitor sees it on a kiosk's detail screen (the same detail rules: photo or a warm tile, when,
// the next dates, where, booking and cost, access, who runs it), from the list or from the editor. Escape or
// Close goes back.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

FocusScope {
    id: root
    required property var preview
    property real u: 0.5
    readonly property var detail: root.preview.detail
    Keys.onEscapePressed: root.preview.close()
    onVisibleChanged: if (visible) closeButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 16 * root.u
        RowLayout {
            Layout.fillWidth: true
            KioskText {
                text: qsTr("Preview: as a visitor sees it")
                heading: true
                u: root.u
                size: Theme.button
                font.bold: true
                color: Theme.inkSoft
                Layout.fillWidth: true
            }
            OfficeButton {
                id: closeButton
                objectName: "office.preview.close"
                text: qsTr("Close the preview")
                quiet: true
                u: root.u
                onClicked: root.preview.close()
            }
        }
        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            u: root.u
            ScrollView {
                id: scroller
                anchors.fill: parent
                anchors.margins: 36 * root.u
                clip: true
                contentWidth: availableWidth
                RowLayout {
                    width: scroller.availableWidth
                    spacing: 40 * root.u
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 14 * root.u
                        KioskText {
                            objectName: "office.preview.title"
                            text: root.detail.title
                            heading: true
                            u: root.u
                            size: Theme.title
                            font.bold: true
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                        KioskText { text: root.detail.category; u: root.u; color: Theme.inkSoft; Layout.fillWidth: true }
                        KioskText {
                            objectName: "office.preview.status"
                            text: root.detail.status
                            u: root.u
                            size: Theme.button
                            font.bold: true
                            color: root.detail.statusOpen ? Theme.yes : Theme.accent
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText { visible: text !== ""; text: root.detail.summary; u: root.u; size: Theme.button; Layout.fillWidth: true; wrapMode: Text.Wrap }
                        KioskText { visible: text !== ""; text: root.detail.description; u: root.u; Layout.fillWidth: true; wrapMode: Text.Wrap }
                        KioskText { text: root.detail.timesTitle; heading: true; u: root.u; size: Theme.button; font.bold: true; Layout.topMargin: 12 * root.u }
                        KioskText { visible: text !== ""; text: root.detail.usually; u: root.u; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Repeater {
                            model: root.detail.times
                            KioskText {
                                required property string key
                                required property string label
                                required property string hint
                                text: key === "cancelled" ? qsTr("Cancelled: %1 — %2").arg(hint).arg(label)
                                                          : label + (hint !== "" ? " — " + hint : "")
                                u: root.u
                                font.strikeout: key === "cancelled"
                                color: key === "cancelled" ? Theme.inkSoft : Theme.ink
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.preferredWidth: 620 * root.u
                        Layout.alignment: Qt.AlignTop
                        spacing: 14 * root.u
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 360 * root.u
                            radius: 20 * root.u
                            color: [Theme.tintSand, Theme.tintLavender, Theme.tintSky, Theme.tintRose, Theme.blobB, Theme.cardWarm][root.detail.tint % 6]
                            clip: true
                            KioskText {  // no photo: a warm tile with its category, as on a kiosk
                                anchors.centerIn: parent
                                visible: root.detail.photo === ""
                                text: root.detail.category
                                u: root.u
                                size: Theme.heading
                                font.bold: true
                                color: Theme.inkSoft
                            }
                            Image {
                                anchors.fill: parent
                                visible: root.detail.photo !== ""
                                source: root.detail.photo
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                                Accessible.role: Accessible.Graphic
                                Accessible.name: qsTr("Photo of %1").arg(root.detail.title)
                            }
                        }
                        KioskText { text: qsTr("Where"); heading: true; u: root.u; font.bold: true }
                        KioskText { text: root.detail.where; u: root.u; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        KioskText { text: qsTr("Cost and booking"); heading: true; u: root.u; font.bold: true }
                        KioskText { text: [root.detail.cost, root.detail.booking].filter(x => x !== "").join("\n"); u: root.u; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        KioskText { visible: root.detail.audience !== ""; text: qsTr("Who it is for: %1").arg(root.detail.audience); u: root.u; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        KioskText { visible: root.detail.organiser !== ""; text: qsTr("Run by %1").arg(root.detail.organiser); u: root.u; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Repeater {
                            model: root.detail.features
                            KioskText {
                                required property string label
                                readonly property string tick: "✓ "  // a sign, not a word: nothing to translate
                                text: tick + label
                                u: root.u
                                size: Theme.small
                                Layout.fillWidth: true
                            }
                        }
                        KioskText { visible: text !== ""; text: root.detail.accessNote; u: root.u; size: Theme.small; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        KioskText { visible: text !== ""; text: root.detail.languages; u: root.u; size: Theme.small; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                    }
                }
            }
        }
    }
}
