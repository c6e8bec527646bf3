pragma ComponentBehavior: Bound
// Wall: every message of this login's sites — waiting (oldest first, with what the filter noticed), on the wall,
// or taken down — with search, and Approve / Approve and pin / Reject with a reason / Hide / Show again. Each
// decision is made as the person signed in and reaches the site's kiosks with their next sync.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: page
    required property var wall
    property real u: 0.5
    spacing: 20 * u

    RowLayout {
        Layout.fillWidth: true
        spacing: 16 * page.u
        KioskText {
            text: qsTr("Wall")
            heading: true
            u: page.u
            size: Theme.heading
            font.bold: true
        }
        Item { Layout.fillWidth: true }
        OfficeField {
            id: search
            objectName: "office.wall.search"
            u: page.u
            label: qsTr("Search the messages")
            Layout.preferredWidth: 560 * page.u
            input.onTextEdited: page.wall.setSearch(search.text)
        }
        OfficeButton {
            objectName: "office.wall.refresh"
            text: qsTr("Refresh")
            quiet: true
            u: page.u
            Layout.alignment: Qt.AlignBottom
            onClicked: page.wall.refresh()
        }
    }
    RowLayout {
        spacing: 16 * page.u
        Repeater {
            model: [["waiting", qsTr("Waiting (%1)")], ["approved", qsTr("On the wall (%1)")],
                    ["taken", qsTr("Taken down (%1)")]]
            ToggleChip {
                id: tab
                required property var modelData
                required property int index
                objectName: "office.wall.tab." + modelData[0]
                u: page.u
                text: modelData[1].arg(page.wall.counts[index] ?? 0)
                on: page.wall.tab === modelData[0]
                onClicked: page.wall.setTab(modelData[0])
            }
        }
    }
    KioskText {
        visible: !page.wall.canDecide
        text: qsTr("Managers read every site's wall. Decisions are made by each site's staff.")
        u: page.u
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        objectName: "office.wall.message"
        visible: text !== ""
        text: page.wall.message
        u: page.u
        font.bold: true
        color: Theme.noticeInk
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    KioskText {
        visible: list.count === 0
        text: qsTr("Nothing here.")
        u: page.u
        color: Theme.inkSoft
    }
    ListView {
        id: list
        objectName: "office.wall.list"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 18 * page.u
        model: page.wall.messages
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Messages")
        ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the messages") }
        delegate: Card {
            id: card
            required property string id
            required property string site
            required property string kiosk
            required property string text
            required property string when
            required property string flags
            required property string status
            required property bool pinned
            width: ListView.view.width - 20
            height: body.implicitHeight + 56 * page.u
            u: page.u
            color: card.pinned ? Theme.cardWarm : Theme.surface
            ColumnLayout {
                id: body
                anchors.fill: parent
                anchors.margins: 28 * page.u
                spacing: 12 * page.u
                KioskText {
                    text: card.text
                    u: page.u
                    size: Theme.button
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                KioskText {
                    text: qsTr("%1 · kiosk %2 · %3").arg(card.site).arg(card.kiosk).arg(card.when)
                          + (card.pinned ? " · " + qsTr("pinned") : "")
                    u: page.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                }
                Rectangle {
                    visible: card.flags !== ""
                    Layout.fillWidth: true
                    implicitHeight: flagText.implicitHeight + 20 * page.u
                    radius: 10 * page.u
                    color: Theme.noticeBg
                    KioskText {
                        id: flagText
                        anchors.fill: parent
                        anchors.margins: 10 * page.u
                        text: qsTr("The filter noticed: %1").arg(card.flags)
                        u: page.u
                        size: Theme.small
                        color: Theme.noticeInk
                        wrapMode: Text.WordWrap
                    }
                }
                RowLayout {
                    visible: page.wall.canDecide
                    spacing: 14 * page.u
                    OfficeButton {
                        visible: card.status === "pending"
                        objectName: "office.wall.approve." + card.id
                        text: qsTr("Approve")
                        u: page.u
                        onClicked: page.wall.approve(card.id)
                    }
                    OfficeButton {
                        visible: card.status === "pending"
                        objectName: "office.wall.pin." + card.id
                        text: qsTr("Approve and pin")
                        quiet: true
                        u: page.u
                        onClicked: page.wall.approveAndPin(card.id)
                    }
                    OfficeChoice {
                        id: reason
                        visible: card.status === "pending" || card.status === "approved"
                        u: page.u
                        name: qsTr("Reason")
                        implicitWidth: 360 * page.u
                        model: page.wall.reasons
                    }
                    OfficeButton {
                        visible: card.status === "pending"
                        objectName: "office.wall.reject." + card.id
                        text: qsTr("Reject")
                        quiet: true
                        u: page.u
                        onClicked: page.wall.reject(card.id, reason.currentText)
                    }
                    OfficeButton {
                        visible: card.status === "approved"
                        objectName: "office.wall.togglePin." + card.id
                        text: card.pinned ? qsTr("Unpin") : qsTr("Pin to the top")
                        quiet: true
                        u: page.u
                        onClicked: page.wall.setPinned(card.id, !card.pinned)
                    }
                    OfficeButton {
                        visible: card.status === "approved"
                        objectName: "office.wall.hide." + card.id
                        text: qsTr("Hide")
                        quiet: true
                        u: page.u
                        onClicked: page.wall.hide(card.id, reason.currentText)
                    }
                    OfficeButton {
                        visible: card.status === "rejected" || card.status === "hidden"
                        objectName: "office.wall.unhide." + card.id
                        text: qsTr("Show again")
                        u: page.u
                        onClicked: page.wall.unhide(card.id)
                    }
                }
            }
        }
    }
}
