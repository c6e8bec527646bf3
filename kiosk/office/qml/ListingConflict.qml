pragma ComponentBehavior: Bound
// The conflict view: someone else changed a listing after it was opened here, so the change was not saved.
// Their version and this one side by side, part by part, the parts that differ marked; then Keep theirs, Use
// mine (saved again, based on theirs) or Combine by hand (the editor opens with mine, based on theirs).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

FocusScope {
    id: root
    required property var conflict
    property real u: 0.5
    Keys.onEscapePressed: root.conflict.keepTheirs()

    ColumnLayout {
        anchors.fill: parent
        spacing: 18 * root.u
        KioskText {
            text: qsTr("Someone else changed this listing")
            heading: true
            u: root.u
            size: Theme.heading
            font.bold: true
            Layout.fillWidth: true
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: says.implicitHeight + 32 * root.u
            radius: 16 * root.u
            color: Theme.noticeBg
            KioskText {
                id: says
                objectName: "office.conflict.text"
                anchors.fill: parent
                anchors.margins: 16 * root.u
                text: root.conflict.gone ? qsTr("This listing is no longer there for your login, so your change cannot be based on it.")
                                         : root.conflict.text
                u: root.u
                color: Theme.noticeInk
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16 * root.u
            KioskText { text: qsTr("Part"); u: root.u; size: Theme.small; font.bold: true; Layout.preferredWidth: 300 * root.u }
            KioskText { text: root.conflict.theirsBy; u: root.u; size: Theme.small; font.bold: true; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.WordWrap }
            KioskText { text: qsTr("Your version"); u: root.u; size: Theme.small; font.bold: true; Layout.fillWidth: true; Layout.preferredWidth: 1 }
        }
        ListView {
            id: list
            objectName: "office.conflict.rows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6 * root.u
            model: root.conflict.rows
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("The two versions, part by part")
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the two versions") }
            delegate: Rectangle {
                id: line
                required property string key
                required property string label
                required property string theirs
                required property string mine
                required property bool differs
                width: ListView.view.width - 20
                height: cells.implicitHeight + 20 * root.u
                radius: 10 * root.u
                color: line.differs ? Theme.cardWarm : Theme.surface
                border.width: (line.differs ? 3 : 1) * root.u
                border.color: line.differs ? Theme.accent : Theme.shadow
                Accessible.role: Accessible.Row
                Accessible.name: line.differs ? qsTr("%1 differs. Theirs: %2. Yours: %3").arg(line.label).arg(line.theirs).arg(line.mine)
                                              : qsTr("%1, the same: %2").arg(line.label).arg(line.theirs)
                RowLayout {
                    id: cells
                    anchors.fill: parent
                    anchors.margins: 10 * root.u
                    spacing: 16 * root.u
                    KioskText {
                        text: (line.differs ? "≠ " : "") + line.label
                        u: root.u
                        size: Theme.small
                        font.bold: line.differs
                        Layout.preferredWidth: 300 * root.u
                        Layout.alignment: Qt.AlignTop
                        Accessible.ignored: true  // said by the row (its accessible name)
                    }
                    KioskText {
                        text: line.theirs
                        u: root.u
                        size: Theme.small
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        maximumLineCount: 6
                        elide: Text.ElideRight
                        wrapMode: Text.Wrap
                        Accessible.ignored: true  // said by the row (its accessible name)
                    }
                    KioskText {
                        text: line.mine
                        u: root.u
                        size: Theme.small
                        font.bold: line.differs
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        maximumLineCount: 6
                        elide: Text.ElideRight
                        wrapMode: Text.Wrap
                        Accessible.ignored: true  // said by the row (its accessible name)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16 * root.u
            KioskText {
                text: root.conflict.busy ? qsTr("Working…") : ""
                u: root.u
                size: Theme.small
                Layout.fillWidth: true
            }
            OfficeButton {
                objectName: "office.conflict.keepTheirs"
                text: qsTr("Keep theirs")
                quiet: true
                u: root.u
                onClicked: root.conflict.keepTheirs()
            }
            OfficeButton {
                objectName: "office.conflict.combine"
                visible: !root.conflict.gone
                text: qsTr("Combine by hand")
                quiet: true
                u: root.u
                onClicked: root.conflict.combineByHand()
            }
            OfficeButton {
                objectName: "office.conflict.useMine"
                visible: !root.conflict.gone
                enabled: !root.conflict.busy
                text: qsTr("Use mine (based on theirs)")
                u: root.u
                onClicked: root.conflict.useMine()
            }
        }
    }
}
