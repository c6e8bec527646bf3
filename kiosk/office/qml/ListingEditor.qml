pragma ComponentBehavior: Bound
// The office's listing editor: the kiosk's listing form (the same fields, notes and rules — FormField over the
// kiosk editor's own view models) at desk size, for a real keyboard: Tab moves from field to field in the order
// shown, Enter (or Ctrl+S) saves, Escape cancels. The photo comes from a file dialog and is checked and resized
// as on a kiosk. The schedule: weekly times on chosen days (or once a month, or one date), cancelling one date
// with a reason, a closure for a range of days, and a space's opening hours.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Kiosk

FocusScope {
    id: root
    objectName: "office.listing.editor"
    required property var editor
    property real u: 0.5
    readonly property var fields: root.editor.fields
    readonly property var schedule: root.editor.schedule
    readonly property var dates: root.editor.dates
    readonly property bool activity: root.editor.kind === "activity"

    Keys.onEscapePressed: root.editor.close()
    Keys.onReturnPressed: root.editor.save()
    Keys.onEnterPressed: root.editor.save()
    Shortcut {
        sequences: [StandardKey.Save]
        enabled: root.visible
        onActivated: root.editor.save()
    }
    onVisibleChanged: if (visible) title.input.forceActiveFocus()

    // Tab (or a click) on a field out of view scrolls the form to it.
    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() { root.reveal(root.Window.activeFocusItem) }
    }
    function reveal(item: Item): void {
        const flick = scroller.contentItem as Flickable
        if (!item || !root.visible || !flick)
            return
        let p = item
        while (p && p !== flick.contentItem)
            p = p.parent
        if (!p)
            return
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        const margin = 40 * root.u
        if (y < flick.contentY)
            flick.contentY = Math.max(0, y - margin)
        else if (y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), y + item.height - flick.height + margin)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16 * root.u

        RowLayout {
            Layout.fillWidth: true
            KioskText {
                objectName: "office.listing.heading"
                text: root.editor.heading
                heading: true
                u: root.u
                size: Theme.heading
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            KioskText {
                text: qsTr("Site: %1").arg(root.editor.site)
                u: root.u
                size: Theme.small
                color: Theme.inkSoft
            }
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: Math.min(scroller.availableWidth - 24 * root.u, 1500 * root.u)
                // a right-to-left language puts the form on the right, under the heading (x is not mirrored)
                x: LayoutMirroring.enabled ? scroller.availableWidth - 24 * root.u - width : 0
                spacing: 12 * root.u

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("What it is") }
                FormField { id: title; u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "title"; label: qsTr("Title") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "category"; label: qsTr("Category"); hint: qsTr("For example Social, Advice, Health, Learning") }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10 * root.u
                    Repeater {
                        model: root.fields.categories
                        ToggleChip {
                            u: root.u
                            implicitHeight: 64 * root.u
                            required property string key
                            required property string label
                            text: label
                            on: (root.fields.values.category ?? "") === key
                            onClicked: root.fields.chooseCategory(key)
                        }
                    }
                }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "summary"; label: qsTr("Short description") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "description"; label: qsTr("Full description"); multiline: true }

                ListingSchedule { editor: root.editor; u: root.u; Layout.fillWidth: true }

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Where") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "building"; label: qsTr("Building") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "room"; label: qsTr("Room") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "address"; label: qsTr("Address") }

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Booking and cost") }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10 * root.u
                    Repeater {
                        model: [["drop_in", qsTr("Just drop in")], ["book", qsTr("Book first")], ["unknown", qsTr("Not known")]]
                        ToggleChip {
                            u: root.u
                            implicitHeight: 64 * root.u
                            required property var modelData
                            objectName: "office.listing.booking." + modelData[0]
                            text: modelData[1]
                            on: root.fields.booking === modelData[0]
                            onClicked: root.fields.setBooking(modelData[0])
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10 * root.u
                    Repeater {
                        model: [["free", qsTr("Free")], ["paid", qsTr("There is a cost")], ["unknown", qsTr("Cost not known")]]
                        ToggleChip {
                            u: root.u
                            implicitHeight: 64 * root.u
                            required property var modelData
                            objectName: "office.listing.price." + modelData[0]
                            text: modelData[1]
                            on: root.fields.priceChoice === modelData[0]
                            onClicked: root.fields.setPriceChoice(modelData[0])
                        }
                    }
                }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; visible: root.fields.priceChoice === "paid"; key: "price"; label: qsTr("Price"); placeholder: "2.50" }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; visible: root.fields.priceChoice !== "unknown"; key: "price_note"; label: qsTr("About the price") }

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Getting in and around") }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10 * root.u
                    ToggleChip {
                        u: root.u
                        implicitHeight: 64 * root.u
                        objectName: "office.listing.access.unknown"
                        text: qsTr("Not known")
                        on: !root.fields.accessKnown
                        onClicked: root.fields.setAccessKnown(!root.fields.accessKnown)
                    }
                    Repeater {
                        model: root.fields.features
                        ToggleChip {
                            u: root.u
                            implicitHeight: 64 * root.u
                            required property string key
                            required property string label
                            required property bool chosen
                            text: label
                            on: chosen
                            onClicked: root.fields.toggleFeature(key)
                        }
                    }
                }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "access_note"; label: qsTr("More about access"); multiline: true }

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Who, and how to get in touch") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "audience"; label: qsTr("Who it is for") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "organiser"; label: qsTr("Organiser") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "languages"; label: qsTr("Languages spoken"); hint: qsTr("Separate them with commas") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "phone"; label: qsTr("Phone") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "email"; label: qsTr("Email") }
                FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "website"; label: qsTr("Web link") }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 16 * root.u
                    FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "valid_from"; label: qsTr("Showing from"); placeholder: "2026-12-01" }
                    FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "valid_to"; label: qsTr("Showing until"); placeholder: "2027-03-31" }
                }

                KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Photo") }
                RowLayout {
                    spacing: 16 * root.u
                    Image {
                        visible: root.editor.photo !== ""
                        source: root.editor.photo
                        Layout.preferredWidth: 320 * root.u
                        Layout.preferredHeight: 200 * root.u
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("The listing's photo")
                    }
                    OfficeButton {
                        objectName: "office.listing.choosePhoto"
                        text: root.editor.photo === "" ? qsTr("Choose a photo…") : qsTr("Choose another photo…")
                        quiet: true
                        u: root.u
                        onClicked: photoDialog.open()
                    }
                    OfficeButton {
                        visible: root.editor.photo !== ""
                        text: qsTr("Remove the photo")
                        quiet: true
                        u: root.u
                        onClicked: root.editor.removePhoto()
                    }
                }
                Item { Layout.preferredHeight: 20 * root.u }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 28 * root.u
            radius: 18 * root.u
            color: Theme.cardWarm
            RowLayout {
                id: bar
                anchors.fill: parent
                anchors.margins: 14 * root.u
                spacing: 16 * root.u
                KioskText {
                    objectName: "office.listing.message"
                    text: root.editor.busy ? qsTr("Working…") : root.editor.message
                    u: root.u
                    size: Theme.small
                    font.bold: true
                    color: Theme.noticeInk
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3  // a message quoting a long paste stays short (the field keeps it all)
                    elide: Text.ElideRight
                    Accessible.role: Accessible.AlertMessage
                }
                OfficeButton {
                    objectName: "office.listing.cancel"
                    text: qsTr("Cancel")
                    quiet: true
                    u: root.u
                    onClicked: root.editor.close()
                }
                OfficeButton {
                    objectName: "office.listing.preview"
                    text: qsTr("Preview")
                    quiet: true
                    u: root.u
                    onClicked: root.editor.preview()
                }
                OfficeButton {
                    objectName: "office.listing.save"
                    text: qsTr("Save")
                    enabled: !root.editor.busy
                    u: root.u
                    onClicked: root.editor.save()
                }
            }
        }
    }

    FileDialog {
        id: photoDialog
        objectName: "office.listing.photoDialog"
        title: qsTr("Choose a photo")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"), qsTr("All files (*)")]
        onAccepted: root.editor.choosePhoto(selectedFile.toString())
    }
}
