pragma ComponentBehavior: Bound
// Results: the sites this login may see (one or all), the dates of a report, the headline for the last 4 weeks
// and for those dates, the weekly chart (the staff Results screen's own), the open alerts with Acknowledge and a
// comment, and Save as PDF, XLSX or CSV through a save dialog.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Kiosk
import "../../results/qml"

ColumnLayout {
    id: page
    required property var results
    property real u: 0.5
    spacing: 24 * u

    RowLayout {
        Layout.fillWidth: true
        spacing: 20 * page.u
        KioskText {
            text: qsTr("Results")
            heading: true
            u: page.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
        }
        OfficeChoice {
            objectName: "office.results.site"
            u: page.u
            name: qsTr("Sites shown")
            model: page.results.siteChoices
            currentIndex: page.results.site
            onActivated: index => page.results.setSite(index)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 20 * page.u
        OfficeField {
            id: first
            objectName: "office.results.from"
            u: page.u
            label: qsTr("From (first day)")
            text: page.results.dateFrom
            Layout.preferredWidth: 300 * page.u
            onAccepted: apply.clicked()
        }
        OfficeField {
            id: last
            objectName: "office.results.to"
            u: page.u
            label: qsTr("To (last day)")
            text: page.results.dateTo
            Layout.preferredWidth: 300 * page.u
            onAccepted: apply.clicked()
        }
        OfficeButton {
            id: apply
            objectName: "office.results.apply"
            text: qsTr("Show these dates")
            quiet: true
            u: page.u
            Layout.alignment: Qt.AlignBottom
            onClicked: page.results.setDates(first.text, last.text)
        }
        Item { Layout.fillWidth: true }
        OfficeButton {
            objectName: "office.results.save"
            text: qsTr("Save as…")
            u: page.u
            Layout.alignment: Qt.AlignBottom
            onClicked: saveDialog.open()
        }
    }
    KioskText {
        objectName: "office.results.message"
        visible: text !== ""
        text: page.results.message
        u: page.u
        color: Theme.noticeInk
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 28 * page.u

        Card {
            u: page.u
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 36 * page.u
                spacing: 10 * page.u
                KioskText {
                    text: page.results.lastWeeks
                    u: page.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                }
                KioskText {
                    objectName: "office.results.headline"
                    text: page.results.headline
                    heading: true
                    u: page.u
                    size: Theme.title
                    font.bold: true
                    color: Theme.accent
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    text: page.results.detail
                    u: page.u
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    visible: text !== ""
                    text: page.results.precise + (page.results.comparison ? "  " + page.results.comparison : "")
                    u: page.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                ResultsChart {
                    objectName: "office.results.chart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 360 * page.u
                    u: page.u
                    weeks: page.results.weeks
                    low: page.results.scaleLow
                    centre: page.results.centre
                    description: page.results.chartDescription
                }
                KioskText {
                    visible: text !== ""
                    text: page.results.signals
                    u: page.u
                    size: Theme.small
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    objectName: "office.results.period"
                    text: page.results.periodHeadline
                    u: page.u
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
            }
        }

        Card {
            u: page.u
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 36 * page.u
                spacing: 16 * page.u
                SectionHeading {
                    text: qsTr("Alerts")
                    u: page.u
                    Layout.topMargin: 0
                }
                KioskText {
                    visible: alertList.count === 0
                    text: qsTr("No open alerts. An alert appears here when a site's results deserve a look.")
                    u: page.u
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                ListView {
                    id: alertList
                    objectName: "office.results.alerts"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 20 * page.u
                    model: page.results.alerts
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Alerts")
                    delegate: ColumnLayout {
                        id: alert
                        required property string key
                        required property string label
                        required property string hint
                        width: ListView.view.width
                        spacing: 8 * page.u
                        KioskText {
                            text: alert.label
                            u: page.u
                            font.bold: true
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        KioskText {
                            text: alert.hint
                            u: page.u
                            size: Theme.small
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            OfficeField {
                                id: comment
                                objectName: "office.results.comment." + alert.key
                                u: page.u
                                label: qsTr("Comment (optional)")
                                Layout.fillWidth: true
                            }
                            OfficeButton {
                                objectName: "office.results.ack." + alert.key
                                text: qsTr("Acknowledge")
                                u: page.u
                                Layout.alignment: Qt.AlignBottom
                                onClicked: page.results.acknowledge(alert.key, comment.text)
                            }
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "office.results.saveDialog"
        title: qsTr("Save the report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF report (*.pdf)"), qsTr("Spreadsheet (*.xlsx)"), qsTr("Summary table (*.csv)")]
        onAccepted: page.results.save(selectedFile.toString())
    }
}
