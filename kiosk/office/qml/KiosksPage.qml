pragma ComponentBehavior: Bound
// Kiosks: the health of every kiosk this login may see — last seen by the server's clock, version, answers
// waiting, oldest unsent, last sync, last error — with silent kiosks flagged. "Kiosk settings" opens the per-site
// settings managed centrally (SiteSettingsPanel.qml) in the grid's place.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: page
    required property var kiosks
    required property var settings
    property real u: 0.5
    property bool showSettings: false
    readonly property var columns: [[qsTr("Kiosk"), 1.2], [qsTr("Site"), 1.2], [qsTr("Last seen"), 1],
        [qsTr("Version"), 0.8], [qsTr("Waiting"), 0.7], [qsTr("Oldest unsent"), 1], [qsTr("Last sync"), 1],
        [qsTr("Last error"), 1.6], [qsTr("Status"), 0.8]]
    readonly property real unit: (width - 40) / 9.3
    spacing: 20 * u

    SiteSettingsPanel {
        visible: page.showSettings
        settings: page.settings
        u: page.u
        Layout.fillWidth: true
        Layout.fillHeight: true
        onClosed: page.showSettings = false
    }
    RowLayout {
        visible: !page.showSettings
        Layout.fillWidth: true
        KioskText {
            text: qsTr("Kiosks")
            heading: true
            u: page.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
        }
        OfficeButton {
            objectName: "office.kiosks.refresh"
            text: qsTr("Refresh")
            quiet: true
            u: page.u
            onClicked: page.kiosks.refresh()
        }
        OfficeButton {
            objectName: "office.kiosks.settings"
            text: qsTr("Kiosk settings")
            quiet: true
            u: page.u
            onClicked: page.showSettings = true
        }
    }
    KioskText {
        visible: !page.showSettings
        objectName: "office.kiosks.summary"
        text: page.kiosks.summary
        u: page.u
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        visible: text !== "" && !page.showSettings
        text: page.kiosks.message
        u: page.u
        font.bold: true
        color: Theme.noticeInk
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    Card {
        visible: !page.showSettings
        u: page.u
        Layout.fillWidth: true
        Layout.fillHeight: true
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 20 * page.u
            spacing: 0
            Row {
                Layout.fillWidth: true
                Repeater {
                    model: page.columns
                    KioskText {
                        required property var modelData
                        width: page.unit * modelData[1]
                        text: modelData[0]
                        u: page.u
                        size: Theme.small
                        font.bold: true
                        padding: 10 * page.u
                        elide: Text.ElideRight
                        Accessible.role: Accessible.ColumnHeader
                    }
                }
            }
            ListView {
                id: grid
                objectName: "office.kiosks.grid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.kiosks.kiosks
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Kiosk health")
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string kiosk
                    required property string site
                    required property string lastSeen
                    required property string version
                    required property string pending
                    required property string oldestUnsent
                    required property string lastSync
                    required property string lastError
                    required property string status
                    required property bool silent
                    width: ListView.view.width
                    height: cells.implicitHeight
                    color: row.silent ? Theme.noticeBg : index % 2 ? Theme.background : Theme.surface
                    Accessible.role: Accessible.Row
                    Accessible.name: [row.kiosk, row.site, row.status, row.lastSeen].join(", ")
                    Row {
                        id: cells
                        width: row.width  // as wide as the headings' row, so a mirrored row lines up under them
                        Repeater {
                            model: [row.kiosk, row.site, row.lastSeen, row.version, row.pending, row.oldestUnsent,
                                    row.lastSync, row.lastError, row.status]
                            KioskText {
                                required property var modelData
                                required property int index
                                width: page.unit * page.columns[index][1]
                                text: modelData
                                u: page.u
                                size: Theme.small
                                font.bold: index === 8 && row.silent
                                color: row.silent ? Theme.noticeInk : Theme.ink
                                padding: 10 * page.u
                                wrapMode: Text.WordWrap
                                Accessible.role: Accessible.Cell
                            }
                        }
                    }
                }
            }
        }
    }
}
