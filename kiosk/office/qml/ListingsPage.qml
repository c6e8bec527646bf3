pragma ComponentBehavior: Bound
// Listings: every listing of this login's sites — searchable, with its site, kind, title, next date and whether
// it is archived — and Add / Edit / Copy / Archive / Restore / Preview. The editor, the conflict view (someone
// else changed a listing meanwhile) and the visitor preview take the page's place while they are open.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: page
    required property var listings
    property real u: 0.5
    readonly property var editor: page.listings.editor
    readonly property var conflict: page.listings.conflict
    readonly property var preview: page.listings.preview

    ColumnLayout {
        anchors.fill: parent
        visible: !page.editor.open && !page.conflict.shown && !page.preview.shown
        spacing: 20 * page.u

        RowLayout {
            Layout.fillWidth: true
            spacing: 16 * page.u
            KioskText {
                text: qsTr("Listings")
                heading: true
                u: page.u
                size: Theme.heading
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            OfficeField {
                id: search
                objectName: "office.listings.search"
                u: page.u
                label: qsTr("Search the listings")
                Layout.preferredWidth: 520 * page.u
                input.onTextEdited: page.listings.setSearch(search.text)
            }
            OfficeButton {
                objectName: "office.listings.refresh"
                text: qsTr("Refresh")
                quiet: true
                u: page.u
                Layout.alignment: Qt.AlignBottom
                onClicked: page.listings.refresh()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16 * page.u
            ToggleChip {
                objectName: "office.listings.showArchived"
                u: page.u
                text: qsTr("Show archived listings")
                on: page.listings.showArchived
                onClicked: page.listings.setShowArchived(!page.listings.showArchived)
            }
            Item { Layout.fillWidth: true }
            OfficeChoice {
                id: site
                objectName: "office.listings.site"
                visible: page.listings.canEdit
                u: page.u
                name: qsTr("Site for a new listing")
                implicitWidth: 340 * page.u
                model: page.listings.sites
            }
            OfficeButton {
                objectName: "office.listings.addActivity"
                visible: page.listings.canEdit
                text: qsTr("Add an activity")
                u: page.u
                onClicked: page.listings.addActivity(site.currentText)
            }
            OfficeButton {
                objectName: "office.listings.addSpace"
                visible: page.listings.canEdit
                text: qsTr("Add a space")
                quiet: true
                u: page.u
                onClicked: page.listings.addSpace(site.currentText)
            }
        }
        KioskText {
            visible: !page.listings.canEdit
            text: qsTr("Managers read every site's listings. Each site's staff add and change them.")
            u: page.u
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "office.listings.message"
            visible: text !== ""
            text: page.listings.message
            u: page.u
            font.bold: true
            color: Theme.noticeInk
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
        }
        KioskText {
            visible: list.count === 0 && !page.listings.busy
            text: qsTr("No listings here yet.")
            u: page.u
            color: Theme.inkSoft
        }
        ListView {
            id: list
            objectName: "office.listings.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 14 * page.u
            model: page.listings.rows
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Listings")
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the listings") }
            delegate: Card {
                id: card
                required property string id
                required property string site
                required property string kindLabel
                required property string title
                required property string category
                required property string when
                required property string next
                required property bool archived
                width: ListView.view.width - 20
                height: row.implicitHeight + 40 * page.u
                u: page.u
                color: card.archived ? Theme.background : Theme.surface
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: 20 * page.u
                    spacing: 18 * page.u
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4 * page.u
                        KioskText {
                            text: card.title
                            u: page.u
                            size: Theme.button
                            font.bold: true
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        KioskText {
                            text: [card.site, card.kindLabel, card.category].filter(x => x !== "").join(" · ")
                                  + (card.archived ? " · " + qsTr("Archived — not shown to visitors") : "")
                            u: page.u
                            size: Theme.small
                            color: Theme.inkSoft
                            font.bold: card.archived
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        KioskText {
                            text: card.when
                            u: page.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                    }
                    KioskText {
                        text: qsTr("Next: %1").arg(card.next)
                        u: page.u
                        size: Theme.small
                        Layout.preferredWidth: 420 * page.u
                        wrapMode: Text.WordWrap
                    }
                    OfficeButton {
                        objectName: "office.listings.edit." + card.id
                        visible: page.listings.canEdit && !card.archived
                        text: qsTr("Edit")
                        u: page.u
                        onClicked: page.listings.edit(card.id)
                    }
                    OfficeButton {
                        objectName: "office.listings.copy." + card.id
                        visible: page.listings.canEdit
                        text: qsTr("Copy")
                        quiet: true
                        u: page.u
                        onClicked: page.listings.copy(card.id)
                    }
                    OfficeButton {
                        objectName: "office.listings.preview." + card.id
                        text: qsTr("Preview")
                        quiet: true
                        u: page.u
                        onClicked: page.listings.previewListing(card.id)
                    }
                    OfficeButton {
                        objectName: (card.archived ? "office.listings.restore." : "office.listings.archive.") + card.id
                        visible: page.listings.canEdit
                        text: card.archived ? qsTr("Restore") : qsTr("Archive")
                        quiet: true
                        u: page.u
                        onClicked: card.archived ? page.listings.restore(card.id) : page.listings.archive(card.id)
                    }
                }
            }
        }
    }

    ListingEditor {
        anchors.fill: parent
        visible: page.editor.open && !page.conflict.shown && !page.preview.shown
        editor: page.editor
        u: page.u
    }
    ListingConflict {
        anchors.fill: parent
        visible: page.conflict.shown && !page.preview.shown
        conflict: page.conflict
        u: page.u
    }
    ListingPreview {
        anchors.fill: parent
        visible: page.preview.shown
        preview: page.preview
        u: page.u
    }
}
