pragma ComponentBehavior: Bound
// Staff: Results. The kindness rate of the last 4 weeks at a glance, the last 8 weeks as a chart, where people
// noticed kindness, the staff pulse and open alerts (when this kiosk has them), and "Save a report". A figure
// from too few answers is never shown: it says so in words instead.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "results"
    required property var shell
    required property var models
    required property var root
    readonly property var results: models.results
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property real gap: 28 * u

    component Card: Rectangle {
        id: card
        default property alias content: inner.data
        property real u: 1
        Layout.fillWidth: true
        implicitHeight: inner.implicitHeight + 64 * u
        radius: Theme.radius * u
        color: Theme.surface
        ColumnLayout {
            id: inner
            anchors.fill: parent
            anchors.margins: 32 * card.u
            spacing: 16 * card.u
        }
    }

    Flickable {
        id: page
        objectName: "results.page"
        anchors.fill: parent
        contentHeight: body.implicitHeight + 2 * 44 * view.u
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollHint { u: view.u }

        ColumnLayout {
            id: body
            x: 56 * view.u
            y: 44 * view.u
            width: page.width - 112 * view.u
            spacing: view.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: 28 * view.u
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 8 * view.u
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 24 * view.u
                        KioskText {
                            text: qsTr("Results")
                            heading: true
                            u: view.u
                            size: Theme.heading
                            font.bold: true
                        }
                        Rectangle {
                            visible: view.results.scope !== ""
                            implicitWidth: scopeText.implicitWidth + 40 * view.u
                            implicitHeight: scopeText.implicitHeight + 16 * view.u
                            radius: height / 2
                            color: Theme.tintSky
                            KioskText {
                                id: scopeText
                                objectName: "results.scope"
                                anchors.centerIn: parent
                                text: view.results.scope
                                u: view.u
                                size: Theme.small
                                font.bold: true
                            }
                        }
                        Item { Layout.fillWidth: true }
                    }
                    KioskText {
                        objectName: "results.period"
                        text: view.results.period
                        u: view.u
                        color: Theme.inkSoft
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                }
                KioskButton {
                    objectName: "results.back"
                    u: view.u
                    Layout.alignment: Qt.AlignTop
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Staff tools")
                    onClicked: view.results.backToStaff()
                }
            }

            KioskText {
                visible: !view.results.loaded
                text: qsTr("Counting the answers…")
                u: view.u
                color: Theme.inkSoft
            }

            GridLayout {
                visible: view.results.loaded
                Layout.fillWidth: true
                columns: view.landscape ? 2 : 1
                columnSpacing: view.gap
                rowSpacing: view.gap

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: view.gap

                    Card {
                        u: view.u
                        color: Theme.cardSage
                        KioskText {
                            objectName: "results.headline"
                            text: view.results.headline
                            heading: true
                            u: view.u
                            size: view.results.hidden ? Theme.heading * 0.75 : Theme.title * 1.3
                            font.bold: true
                            color: Theme.yes
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText {
                            objectName: "results.detail"
                            text: view.results.detail
                            u: view.u
                            size: Theme.body * 1.1
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText {
                            objectName: "results.precise"
                            visible: text !== ""
                            text: view.results.precise
                            u: view.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Rectangle {
                            visible: view.results.comparison !== ""
                            Layout.fillWidth: true
                            Layout.topMargin: 8 * view.u
                            implicitHeight: 3 * view.u
                            color: Theme.blobB
                        }
                        KioskText {
                            objectName: "results.comparison"
                            visible: text !== ""
                            text: view.results.comparison
                            u: view.u
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                    }

                    Card {
                        u: view.u
                        KioskText {
                            text: qsTr("Where people noticed kindness")
                            heading: true
                            u: view.u
                            size: Theme.body * 1.2
                            font.bold: true
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText {
                            objectName: "results.followupsNote"
                            text: view.results.followupsNote
                            u: view.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 16 * view.u
                            Repeater {
                                model: view.results.followups
                                Rectangle {
                                    id: tile
                                    required property string key
                                    required property string label
                                    required property string hint
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    Layout.fillHeight: true
                                    implicitHeight: tileColumn.implicitHeight + 32 * view.u
                                    radius: 20 * view.u
                                    color: Theme.background
                                    ColumnLayout {
                                        id: tileColumn
                                        anchors.fill: parent
                                        anchors.margins: 16 * view.u
                                        spacing: 4 * view.u
                                        KioskText {
                                            objectName: "results.followup." + tile.key + ".share"
                                            text: tile.hint
                                            u: view.u
                                            size: tile.hint.length > 5 ? Theme.small : Theme.heading * 0.85
                                            font.bold: true
                                            color: Theme.yes
                                            Layout.fillWidth: true
                                            wrapMode: Text.WordWrap
                                        }
                                        KioskText {
                                            objectName: "results.followup." + tile.key
                                            text: tile.label
                                            u: view.u
                                            size: Theme.small
                                            Layout.fillWidth: true
                                            wrapMode: Text.WordWrap
                                        }
                                        Item { Layout.fillHeight: true }  // the figures line up at the top
                                    }
                                }
                            }
                        }
                    }

                    Card {
                        visible: view.results.pulseShown
                        u: view.u
                        KioskText {
                            text: qsTr("Staff pulse")
                            heading: true
                            u: view.u
                            size: Theme.body * 1.2
                            font.bold: true
                        }
                        KioskText {
                            objectName: "results.pulse"
                            text: view.results.pulse
                            u: view.u
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                    }

                    Card {
                        visible: view.results.alertsShown
                        u: view.u
                        color: Theme.noticeBg
                        KioskText {
                            text: qsTr("Open alerts")
                            heading: true
                            u: view.u
                            size: Theme.body * 1.2
                            font.bold: true
                            color: Theme.noticeInk
                        }
                        KioskText {
                            visible: alertRepeater.count === 0
                            text: qsTr("No open alerts.")
                            u: view.u
                            color: Theme.noticeInk
                        }
                        Repeater {
                            id: alertRepeater
                            model: view.results.alerts
                            RowLayout {
                                id: alert
                                required property string key
                                required property string label
                                required property string hint
                                Layout.fillWidth: true
                                spacing: 20 * view.u
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 4 * view.u
                                    KioskText {
                                        text: alert.label
                                        u: view.u
                                        font.bold: true
                                        color: Theme.noticeInk
                                        Layout.fillWidth: true
                                        wrapMode: Text.WordWrap
                                    }
                                    KioskText {
                                        text: alert.hint
                                        u: view.u
                                        size: Theme.small
                                        color: Theme.noticeInk
                                        Layout.fillWidth: true
                                        wrapMode: Text.WordWrap
                                    }
                                }
                                KioskButton {
                                    objectName: "results.alert." + alert.key + ".acknowledge"
                                    u: view.u
                                    implicitWidth: 280 * view.u
                                    text: qsTr("Acknowledge")
                                    subtitle: alert.label
                                    onClicked: view.results.acknowledge(alert.key)
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: view.gap

                    Card {
                        u: view.u
                        KioskText {
                            text: qsTr("Week by week")
                            heading: true
                            u: view.u
                            size: Theme.body * 1.2
                            font.bold: true
                        }
                        ResultsChart {
                            objectName: "results.chart"
                            Layout.fillWidth: true
                            Layout.preferredHeight: (view.landscape ? 370 : 420) * view.u
                            u: view.u
                            weeks: view.results.weeks
                            low: view.results.scaleLow
                            centre: view.results.centre
                            description: view.results.chartDescription
                        }
                        KioskText {
                            objectName: "results.signals"
                            visible: text !== ""
                            text: view.results.signals
                            u: view.u
                            font.bold: true
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText {
                            objectName: "results.chartNote"
                            visible: text !== ""
                            text: view.results.chartNote
                            u: view.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                    }

                    Card {
                        u: view.u
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 20 * view.u
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 4 * view.u
                                KioskText {
                                    text: qsTr("Save a report")
                                    heading: true
                                    u: view.u
                                    size: Theme.body * 1.2
                                    font.bold: true
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                }
                                KioskText {
                                    text: qsTr("The last 12 weeks, to a USB stick if one is in, else to the kiosk.")
                                    u: view.u
                                    size: Theme.small
                                    color: Theme.inkSoft
                                    Layout.fillWidth: true
                                    wrapMode: Text.WordWrap
                                }
                            }
                            KioskButton {
                                objectName: "results.save.pdf"
                                u: view.u
                                implicitWidth: 230 * view.u
                                enabled: !view.results.saving
                                text: qsTr("PDF report")
                                onClicked: view.results.saveReport("pdf")
                            }
                            KioskButton {
                                objectName: "results.save.xlsx"
                                u: view.u
                                implicitWidth: 230 * view.u
                                enabled: !view.results.saving
                                fill: Theme.quiet
                                ink: Theme.quietInk
                                text: qsTr("Spreadsheet")
                                onClicked: view.results.saveReport("xlsx")
                            }
                        }
                        KioskText {
                            objectName: "results.saveMessage"
                            visible: text !== ""
                            text: view.results.saveMessage
                            u: view.u
                            size: Theme.small
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        }
                    }
                }
            }
        }
    }
}
