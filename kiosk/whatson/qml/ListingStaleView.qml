pragma ComponentBehavior: Bound
// Staff: an edit made here that someone else's change got to first. Both versions side by side — only
// what differs — and a choice: keep theirs, apply mine again on top of theirs, or open mine in the editor
// to combine them by hand. Nothing is lost without staff choosing.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.listing.stale"
    required property var shell
    required property var models
    required property var root
    readonly property var listings: models.listingsStaff
    readonly property var conflict: listings.conflict
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property real margin: (landscape ? 64 : 56) * u

    ColumnLayout {
        id: header
        x: view.margin
        y: 40 * view.u
        width: view.width - 2 * view.margin
        spacing: 20 * view.u
        KioskText {
            objectName: "listing.stale.title"
            heading: true
            text: qsTr("Someone else changed this listing")
            u: view.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            objectName: "listing.stale.text"
            text: view.conflict.text ?? ""
            u: view.u
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        KioskText {
            visible: view.conflict.gone === true
            text: qsTr("It is no longer on this site's list, so your change cannot be applied.")
            u: view.u
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: view.landscape ? 4 : 2
            columnSpacing: 20 * view.u
            rowSpacing: 20 * view.u
            KioskButton {
                objectName: "listing.stale.keepTheirs"
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Keep theirs")
                subtitle: qsTr("Drop my change")
                onClicked: view.conflict.keepTheirs()
            }
            KioskButton {
                objectName: "listing.stale.applyMine"
                visible: view.conflict.gone !== true
                u: view.u
                Layout.fillWidth: true
                enabled: !view.conflict.busy
                text: qsTr("Use mine")
                subtitle: qsTr("Apply my change on top")
                onClicked: view.conflict.applyMine()
            }
            KioskButton {
                objectName: "listing.stale.editMine"
                visible: view.conflict.gone !== true && view.conflict.archiving !== true
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Combine by hand")
                subtitle: qsTr("Open mine in the editor")
                onClicked: view.conflict.editMine()
            }
            KioskButton {
                objectName: "listing.stale.back"
                u: view.u
                Layout.fillWidth: true
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Decide later")
                subtitle: qsTr("Back to the list")
                onClicked: view.conflict.closeConflict()
            }
        }
        RowLayout {  // the two columns' headings, over the rows' columns
            id: headings
            Layout.fillWidth: true
            Layout.topMargin: 12 * view.u
            Layout.leftMargin: 20 * view.u
            Layout.rightMargin: 20 * view.u
            spacing: 24 * view.u
            Item {
                visible: view.landscape
                Layout.preferredWidth: 300 * view.u
            }
            KioskText {
                text: qsTr("Their version (showing now)")
                u: view.u
                size: Theme.small
                font.bold: true
                color: Theme.inkSoft
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                wrapMode: Text.WordWrap
            }
            KioskText {
                text: qsTr("Your change")
                u: view.u
                size: Theme.small
                font.bold: true
                color: Theme.inkSoft
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                wrapMode: Text.WordWrap
            }
        }
    }

    ListView {
        id: rows
        objectName: "listing.stale.rows"
        anchors.top: header.bottom
        anchors.topMargin: 12 * view.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24 * view.u
        x: view.margin
        width: view.width - 2 * view.margin
        clip: true
        spacing: 16 * view.u
        boundsBehavior: Flickable.StopAtBounds
        model: view.conflict.rows
        ScrollBar.vertical: ScrollBar { width: 16 * view.u }
        delegate: Rectangle {
            id: diff
            required property string key
            required property string label
            required property string theirs
            required property string mine
            width: rows.width
            implicitHeight: diffGrid.implicitHeight + 40 * view.u
            radius: 20 * view.u
            color: Theme.surface
            border.width: 2 * view.u
            border.color: Theme.inkSoft
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1. Theirs: %2. Yours: %3").arg(diff.label).arg(diff.theirs).arg(diff.mine)
            GridLayout {
                id: diffGrid
                x: 20 * view.u
                y: 20 * view.u
                width: parent.width - 40 * view.u
                readonly property real labelWidth: view.landscape ? 300 * view.u : 0
                readonly property real half: (width - labelWidth - columnSpacing * (columns - 1)) / 2
                columns: view.landscape ? 3 : 2
                columnSpacing: 24 * view.u
                rowSpacing: 8 * view.u
                KioskText {
                    text: diff.label
                    u: view.u
                    size: Theme.small
                    font.bold: true
                    Layout.columnSpan: view.landscape ? 1 : 2
                    Layout.preferredWidth: view.landscape ? diffGrid.labelWidth : diffGrid.width
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true  // said by the row (its accessible name)
                }
                KioskText {
                    text: diff.theirs === "" ? qsTr("(empty)") : diff.theirs
                    u: view.u
                    size: Theme.small
                    Layout.preferredWidth: diffGrid.half
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.WordWrap
                    maximumLineCount: 8
                    elide: Text.ElideRight
                    Accessible.ignored: true  // said by the row (its accessible name)
                }
                KioskText {
                    text: diff.mine === "" ? qsTr("(empty)") : diff.mine
                    u: view.u
                    size: Theme.small
                    font.bold: true
                    Layout.preferredWidth: diffGrid.half
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.WordWrap
                    maximumLineCount: 8
                    elide: Text.ElideRight
                    Accessible.ignored: true  // said by the row (its accessible name)
                }
            }
        }
    }
}
