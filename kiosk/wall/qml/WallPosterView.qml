pragma ComponentBehavior: Bound
// Staff: print a poster of the kindness wall. Choose the paper and the dates; the kiosk makes a PDF in its
// data folder and shows the first page.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "wall.poster"
    required property var shell
    required property var models
    required property var root
    readonly property var poster: models.wallPoster
    readonly property real u: root.u
    readonly property bool landscape: width > height

    GridLayout {
        anchors.fill: parent
        anchors.margins: 64 * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 64 * view.u
        rowSpacing: 32 * view.u

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 28 * view.u

            RowLayout {
                Layout.fillWidth: true
                spacing: 28 * view.u
                KioskText {
                    text: qsTr("Print a wall poster")
                    heading: true
                    u: view.u
                    size: Theme.heading
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "wall.poster.back"
                    u: view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Staff tools")
                    onClicked: view.poster.backToStaff()
                }
            }
            KioskText {
                text: qsTr("The messages on the wall as a poster for a noticeboard, ready to print.")
                u: view.u
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                text: qsTr("Paper")
                heading: true
                u: view.u
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 20 * view.u
                Repeater {
                    model: view.poster.sizes
                    KioskButton {
                        required property string key
                        required property string label
                        required property string hint
                        objectName: "wall.poster.size." + key
                        u: view.u
                        Layout.fillWidth: true
                        fill: view.poster.size === key ? Theme.accent : Theme.quiet
                        ink: view.poster.size === key ? Theme.accentInk : Theme.quietInk
                        text: label
                        subtitle: hint
                        onClicked: view.poster.setSize(key)
                    }
                }
            }
            KioskText {
                text: qsTr("Which messages")
                heading: true
                u: view.u
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 20 * view.u
                Repeater {
                    model: view.poster.periods
                    KioskButton {
                        required property string key
                        required property string label
                        objectName: "wall.poster.period." + key
                        u: view.u
                        Layout.fillWidth: true
                        implicitWidth: 200 * view.u
                        fill: view.poster.period === key ? Theme.accent : Theme.quiet
                        ink: view.poster.period === key ? Theme.accentInk : Theme.quietInk
                        text: label
                        onClicked: view.poster.setPeriod(key)
                    }
                }
            }
            KioskButton {
                objectName: "wall.poster.make"
                u: view.u
                Layout.fillWidth: true
                Layout.topMargin: 12 * view.u
                enabled: !view.poster.busy
                text: view.poster.busy ? qsTr("Making the poster…") : qsTr("Make the poster")
                onClicked: view.poster.make()
            }
            KioskText {
                objectName: "wall.poster.message"
                visible: text !== ""
                text: view.poster.message
                u: view.u
                size: Theme.small
                Layout.fillWidth: true
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Image {
                id: preview
                objectName: "wall.poster.preview"
                anchors.fill: parent
                source: view.poster.preview
                visible: view.poster.preview !== ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("The poster's first page")
            }
        }
    }
}
