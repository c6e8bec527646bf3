pragma ComponentBehavior: Bound
// Staff: every listing of the site with its state — waiting to reach the other kiosks, not applied
// because someone else changed it first, archived — and Add activity / Add space, and per listing Edit,
// Copy, Preview and Archive (asked once more) or Restore. Edits that were not applied come first.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.listings"
    required property var shell
    required property var models
    required property var root
    readonly property var listings: models.listingsStaff
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property real margin: (landscape ? 64 : 56) * u
    property string confirming: ""  // the listing whose Archive was tapped, waiting for "Yes, archive"

    ColumnLayout {
        id: header
        x: view.margin
        y: 40 * view.u
        width: view.width - 2 * view.margin
        spacing: 20 * view.u

        RowLayout {
            Layout.fillWidth: true
            spacing: 24 * view.u
            KioskText {
                text: qsTr("Listings")
                heading: true
                u: view.u
                size: Theme.title
                font.bold: true
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "listings.back"
                u: view.u
                implicitWidth: 300 * view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Staff tools")
                onClicked: view.listings.back()
            }
        }
        KioskText {
            text: qsTr("What visitors see under What's on. Changes show on this kiosk at once and reach the site's other kiosks at the next sync.")
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: view.landscape ? 3 : 2
            columnSpacing: 24 * view.u
            rowSpacing: 20 * view.u
            KioskButton {
                objectName: "listings.addActivity"
                u: view.u
                Layout.fillWidth: true
                text: qsTr("Add activity")
                subtitle: qsTr("Sessions at times")
                onClicked: view.listings.addActivity()
            }
            KioskButton {
                objectName: "listings.addSpace"
                u: view.u
                Layout.fillWidth: true
                text: qsTr("Add space")
                subtitle: qsTr("A place open in hours")
                onClicked: view.listings.addSpace()
            }
            ToggleChip {
                objectName: "listings.showArchived"
                u: view.u
                Layout.fillWidth: true
                Layout.columnSpan: view.landscape ? 1 : 2
                Layout.preferredHeight: Theme.touch * view.u
                text: qsTr("Show archived (%1)").arg(view.listings.archivedCount)
                on: view.listings.showArchived
                onClicked: view.listings.setShowArchived(!view.listings.showArchived)
            }
        }
        Repeater {  // edits that were not applied come first, above the list
            id: noticeRepeater
            model: view.listings.notices
            Rectangle {
                id: notice
                required property string key
                required property string text
                Layout.fillWidth: true
                implicitHeight: noticeRow.implicitHeight + 40 * view.u
                radius: Theme.radius * view.u
                color: Theme.noticeBg
                border.color: Theme.noticeInk
                border.width: 2 * view.u
                RowLayout {
                    id: noticeRow
                    anchors.fill: parent
                    anchors.margins: 20 * view.u
                    spacing: 24 * view.u
                    KioskText {
                        text: notice.text
                        u: view.u
                        color: Theme.noticeInk
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    KioskButton {
                        objectName: "listings.notice." + notice.key
                        u: view.u
                        implicitWidth: 320 * view.u
                        fill: Theme.accent
                        ink: Theme.accentInk
                        text: qsTr("Look at both")
                        onClicked: view.listings.openNotice(notice.key)
                    }
                }
            }
        }
        Rectangle {
            visible: view.listings.message !== ""
            Layout.fillWidth: true
            implicitHeight: messageText.implicitHeight + 32 * view.u
            radius: 18 * view.u
            color: Theme.blobB
            KioskText {
                id: messageText
                objectName: "listings.message"
                anchors.fill: parent
                anchors.margins: 16 * view.u
                text: view.listings.message
                u: view.u
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    ListView {
        id: list
        objectName: "listings.list"
        anchors.top: header.bottom
        anchors.topMargin: 24 * view.u
        anchors.bottom: parent.bottom
        x: view.margin
        width: view.width - 2 * view.margin
        clip: true
        spacing: 20 * view.u
        boundsBehavior: Flickable.StopAtBounds
        model: view.listings.rows
        ScrollBar.vertical: ScrollBar { width: 16 * view.u }

        footer: Item {
            width: list.width
            height: emptyText.visible ? emptyText.implicitHeight + 48 * view.u : 0
            KioskText {
                id: emptyText
                y: 24 * view.u
                width: parent.width
                visible: list.count === 0 && !view.listings.loading
                text: qsTr("No listings yet. Add an activity or a space — or import a file from Open Referral or OpenActive with: kiosk import-listings")
                u: view.u
                wrapMode: Text.WordWrap
            }
        }

        delegate: Rectangle {
            id: card
            required property string key
            required property string title
            required property string kindLabel
            required property string category
            required property string when
            required property string status
            required property string statusKind
            required property bool archived
            required property string photo
            required property string icon
            required property int tint
            required property string spoken
            readonly property bool confirming: view.confirming === key
            width: list.width
            implicitHeight: cardColumn.implicitHeight + 48 * view.u
            radius: Theme.radius * view.u
            color: archived ? Theme.quiet : Theme.surface
            border.width: 2 * view.u
            border.color: Theme.inkSoft
            Accessible.role: Accessible.StaticText
            Accessible.name: spoken

            ColumnLayout {
                id: cardColumn
                x: 24 * view.u
                y: 24 * view.u
                width: parent.width - 48 * view.u
                spacing: 16 * view.u
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 24 * view.u
                    ListingPicture {
                        u: view.u
                        Layout.preferredWidth: 140 * view.u
                        Layout.preferredHeight: 140 * view.u
                        Layout.alignment: Qt.AlignTop
                        photo: card.photo
                        iconName: card.icon
                        tint: card.tint
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6 * view.u
                        KioskText {
                            text: card.title
                            u: view.u
                            size: Theme.body * 1.1
                            font.bold: true
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
                        }
                        KioskText {
                            text: qsTr("%1 · %2").arg(card.kindLabel).arg(card.category)
                            u: view.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
                        }
                        KioskText {
                            text: card.when
                            u: view.u
                            size: Theme.small
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
                        }
                        Badge {
                            u: view.u
                            text: card.status
                            spoken: false  // said by the card
                            color: card.statusKind === "stale" ? Theme.noticeBg
                                 : card.statusKind === "pending" ? Theme.blobB : Theme.background
                            ink: card.statusKind === "stale" ? Theme.noticeInk : Theme.ink
                            Layout.maximumWidth: parent.width
                        }
                    }
                }
                GridLayout {  // Edit, Copy, Preview, Archive / Restore
                    visible: !card.confirming
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: 16 * view.u
                    KioskButton {
                        objectName: "listings.edit." + card.key
                        u: view.u
                        implicitWidth: 160 * view.u
                        Layout.fillWidth: true
                        text: qsTr("Edit")
                        onClicked: view.listings.edit(card.key)
                    }
                    KioskButton {
                        objectName: "listings.copy." + card.key
                        u: view.u
                        implicitWidth: 160 * view.u
                        Layout.fillWidth: true
                        fill: Theme.quiet
                        ink: Theme.quietInk
                        text: qsTr("Copy")
                        onClicked: view.listings.copy(card.key)
                    }
                    KioskButton {
                        objectName: "listings.preview." + card.key
                        u: view.u
                        implicitWidth: 160 * view.u
                        Layout.fillWidth: true
                        fill: Theme.quiet
                        ink: Theme.quietInk
                        text: qsTr("Preview")
                        onClicked: view.listings.preview(card.key)
                    }
                    KioskButton {
                        objectName: (card.archived ? "listings.restore." : "listings.archive.") + card.key
                        u: view.u
                        implicitWidth: 160 * view.u
                        Layout.fillWidth: true
                        fill: Theme.quiet
                        ink: Theme.quietInk
                        enabled: !view.listings.busy
                        text: card.archived ? qsTr("Restore") : qsTr("Archive")
                        onClicked: card.archived ? view.listings.restore(card.key) : view.confirming = card.key
                    }
                }
                ColumnLayout {  // archive: asked once more
                    visible: card.confirming
                    Layout.fillWidth: true
                    spacing: 16 * view.u
                    KioskText {
                        text: qsTr("Archive “%1”? Visitors will no longer see it. It is kept, and Restore brings it back.").arg(card.title)
                        u: view.u
                        font.bold: true
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16 * view.u
                        KioskButton {
                            objectName: "listings.archive.yes." + card.key
                            u: view.u
                            Layout.fillWidth: true
                            text: qsTr("Yes, archive it")
                            onClicked: {
                                view.confirming = ""
                                view.listings.archive(card.key)
                            }
                        }
                        KioskButton {
                            objectName: "listings.archive.no." + card.key
                            u: view.u
                            Layout.fillWidth: true
                            fill: Theme.quiet
                            ink: Theme.quietInk
                            text: qsTr("Keep showing it")
                            onClicked: view.confirming = ""
                        }
                    }
                }
            }
        }
    }
}
