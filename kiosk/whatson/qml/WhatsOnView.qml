pragma ComponentBehavior: Bound
// What's on: Today / This week (activities, day by day) and Open now (places to just drop in), with
// category chips. The lists flick with momentum; a tap on a card opens the listing.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk
import KioskOrder

Item {
    id: view
    objectName: "whatson"
    required property var shell
    required property var models
    required property var root
    readonly property var whatson: models.whatson
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property var filter: whatson.filter
    readonly property var lists: whatson.lists
    readonly property bool spacesTab: filter.spacesTab

    // The three tabs: above the chips in portrait, above the list in landscape (one of the two is shown).
    component TabRow: GridLayout {
        columns: 3
        columnSpacing: 20 * view.u
        Repeater {
            model: view.filter.tabs
            KioskButton {
                required property string key
                required property string label
                readonly property bool chosen: view.filter.tab === key
                objectName: "whatson.tab." + key
                u: view.u
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                // Longer words (Polish, Gaelic, large text) wrap onto two lines: the tab grows to hold them.
                Layout.preferredHeight: Math.max(104 * view.u, implicitHeight)
                fill: chosen ? Theme.accent : Theme.surface
                ink: chosen ? Theme.accentInk : Theme.ink
                text: label
                Accessible.checkable: true
                Accessible.checked: chosen
                onClicked: view.filter.setTab(key)
            }
        }
    }
    // A new tab, chip or content starts the list at its top (with its kind words, if any).
    Connections {
        target: view.lists
        function onListsReset() {
            entries.positionViewAtBeginning()
            spaces.positionViewAtBeginning()
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: 56 * view.u
        anchors.topMargin: (view.landscape ? 56 : 72) * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 56 * view.u
        rowSpacing: 28 * view.u

        // The title, the tabs and the chips: a column on the left in landscape, on top in portrait.
        ColumnLayout {
            Layout.fillWidth: !view.landscape
            Layout.preferredWidth: view.landscape ? 600 * view.u : -1
            Layout.maximumWidth: view.landscape ? 600 * view.u : -1
            Layout.fillHeight: view.landscape
            spacing: 24 * view.u

            KioskText {
                objectName: "whatson.title"
                heading: true
                Layout.fillWidth: true
                text: qsTr("What's on")
                u: view.u
                size: Theme.title
                font.bold: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                Layout.fillWidth: true
                text: view.spacesTab ? qsTr("Warm, welcoming places you can simply walk into — no booking, no need to say why.")
                                     : qsTr("Groups, activities and help nearby. Most are free, and you can just turn up.")
                u: view.u
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
                lineHeight: 1.1
            }
            TabRow {
                visible: !view.landscape
                Layout.fillWidth: true
                Layout.topMargin: 8 * view.u
            }
            // The category chips: a row that scrolls sideways in portrait, a column in landscape. (A Repeater,
            // not a ListView: a dozen chips need no recycling, and they change with the tab.)
            Flickable {
                id: chips
                objectName: "whatson.chips"
                Layout.fillWidth: true
                Layout.fillHeight: view.landscape
                Layout.preferredHeight: view.landscape ? -1 : 88 * view.u
                Layout.topMargin: 8 * view.u
                contentWidth: chipGrid.width
                contentHeight: chipGrid.height
                flickableDirection: view.landscape ? Flickable.VerticalFlick : Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollIndicator.vertical: ScrollHint { u: view.u; visible: view.landscape && size < 1 }
                Grid {
                    id: chipGrid
                    columns: view.landscape ? 1 : Math.max(1, chipRepeater.count)
                    spacing: 16 * view.u
                    Repeater {
                        id: chipRepeater
                        model: view.filter.categories
                        Chip {
                            required property string key
                            required property string label
                            required property bool everything
                            objectName: "whatson.chip." + (everything ? "all" : key)
                            u: view.u
                            width: view.landscape ? chips.width - 32 * view.u : implicitWidth
                            text: label
                            selected: view.filter.category === key
                            onClicked: view.filter.setCategory(key)
                        }
                    }
                }
            }
            KioskButton {
                objectName: "whatson.back"
                visible: view.landscape
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Back to the start")
                onClicked: view.whatson.goHome()
            }
        }

        // The list itself (with the tabs above it in landscape).
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 28 * view.u

            TabRow {
                visible: view.landscape
                Layout.fillWidth: true
            }
            // A kind word when nothing in the tab goes ahead; what is on next is listed below it.
            Rectangle {
                objectName: "whatson.empty"
                visible: view.lists.emptyTitle !== ""
                Layout.fillWidth: true
                Layout.rightMargin: 32 * view.u
                implicitHeight: notes.implicitHeight + 56 * view.u
                radius: Theme.radius * view.u
                color: Theme.noticeBg
                ColumnLayout {
                    id: notes
                    anchors.fill: parent
                    anchors.margins: 28 * view.u
                    spacing: 10 * view.u
                    KioskText {
                        objectName: "whatson.empty.title"
                        Layout.fillWidth: true
                        text: view.lists.emptyTitle
                        u: view.u
                        size: Theme.button * 1.1
                        font.bold: true
                        color: Theme.noticeInk
                        wrapMode: Text.WordWrap
                    }
                    KioskText {
                        objectName: "whatson.empty.text"
                        Layout.fillWidth: true
                        text: view.lists.emptyText
                        u: view.u
                        color: Theme.noticeInk
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: entries
                    objectName: "whatson.list"
                    anchors.fill: parent
                    visible: !view.spacesTab
                    model: view.lists.entries
                    spacing: 20 * view.u
                    clip: true
                    cacheBuffer: 0  // rows made as they scroll in: none half-made when a tap resets the list
                    reuseItems: true
                    flickDeceleration: 1400
                    maximumFlickVelocity: 5000 * view.u
                    boundsBehavior: Flickable.StopAtBounds
                    footer: Item { width: 1; height: 24 * view.u }
                    ScrollIndicator.vertical: ScrollHint { u: view.u }
                    section.property: "section"
                    section.criteria: ViewSection.FullString
                    // Section headings and rows keep their reading order (a ListView makes a heading after the
                    // row under it, and rows scrolled back in after the rest): kiosk/shell/reading_order.py.
                    section.delegate: Item {
                        id: dayHeading
                        required property string section
                        Component.onCompleted: ReadingOrder.place(dayHeading, dayHeading.LayoutMirroring.enabled)
                        onYChanged: ReadingOrder.place(dayHeading, dayHeading.LayoutMirroring.enabled)
                        width: ListView.view.width - 32 * view.u
                        height: dayText.implicitHeight + 36 * view.u
                        KioskText {
                            id: dayText
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            anchors.bottomMargin: 14 * view.u
                            text: dayHeading.section
                            heading: true
                            u: view.u
                            size: Theme.button * 1.15
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                    }
                    delegate: ListingCard {
                        required property int index
                        required property string key
                        required property string listingId
                        required property string time
                        required cancelled
                        required note
                        required happeningNow
                        required dropIn
                        required price
                        required photo
                        required iconName
                        required tint
                        required spoken
                        required summary
                        required place
                        required title
                        required later
                        id: entryRow
                        objectName: "whatson.entry." + key
                        Component.onCompleted: ReadingOrder.place(entryRow, entryRow.LayoutMirroring.enabled)
                        onYChanged: ReadingOrder.place(entryRow, entryRow.LayoutMirroring.enabled)
                        width: ListView.view.width - 32 * view.u
                        u: view.u
                        when: time
                        onClicked: view.whatson.openListing(listingId, index)
                    }
                    Component.onCompleted: if (!view.spacesTab && view.whatson.returnIndex > 0)
                                               positionViewAtIndex(view.whatson.returnIndex, ListView.Center)
                }

                ListView {
                    id: spaces
                    objectName: "whatson.spaces"
                    anchors.fill: parent
                    visible: view.spacesTab
                    model: view.lists.spaces
                    spacing: 20 * view.u
                    clip: true
                    cacheBuffer: 0  // rows made as they scroll in: none half-made when a tap resets the list
                    reuseItems: true
                    flickDeceleration: 1400
                    maximumFlickVelocity: 5000 * view.u
                    boundsBehavior: Flickable.StopAtBounds
                    footer: Item { width: 1; height: 24 * view.u }
                    ScrollIndicator.vertical: ScrollHint { u: view.u }
                    delegate: ListingCard {
                        required property int index
                        required property string key
                        required property string listingId
                        required property bool isOpen
                        required property string status
                        required dropIn
                        required price
                        required photo
                        required iconName
                        required tint
                        required spoken
                        required summary
                        required place
                        required title
                        id: spaceRow
                        objectName: "whatson.space." + key
                        Component.onCompleted: ReadingOrder.place(spaceRow, spaceRow.LayoutMirroring.enabled)
                        onYChanged: ReadingOrder.place(spaceRow, spaceRow.LayoutMirroring.enabled)
                        width: ListView.view.width - 32 * view.u
                        u: view.u
                        when: status
                        whenIsGood: isOpen
                        onClicked: view.whatson.openListing(listingId, index)
                    }
                    Component.onCompleted: if (view.spacesTab && view.whatson.returnIndex > 0)
                                               positionViewAtIndex(view.whatson.returnIndex, ListView.Center)
                }

                KioskText {
                    objectName: "whatson.loading"
                    anchors.centerIn: parent
                    visible: view.whatson.loading
                    text: qsTr("One moment…")
                    u: view.u
                    color: Theme.inkSoft
                }
            }
        }

        KioskButton {
            objectName: "whatson.back"
            visible: !view.landscape
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Back to the start")
            onClicked: view.whatson.goHome()
        }
    }
}
