pragma ComponentBehavior: Bound
// Sites & people (managers): unlocked with the admin's login, asked for here only. Sites, kiosks and people,
// each with what can be done to them: add a site, add a kiosk (its password file and settings), revoke a kiosk,
// add or remove staff and managers, reset a login.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: page
    required property var people
    property real u: 0.5
    spacing: 20 * u

    KioskText {
        text: qsTr("Sites & people")
        heading: true
        u: page.u
        size: Theme.heading
        font.bold: true
    }
    KioskText {
        objectName: "office.people.message"
        visible: text !== ""
        text: page.people.message
        u: page.u
        font.bold: true
        color: Theme.noticeInk
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }

    Card {
        visible: !page.people.unlocked
        u: page.u
        Layout.preferredWidth: 1000 * page.u
        Layout.preferredHeight: unlockForm.implicitHeight + 80 * page.u
        ColumnLayout {
            id: unlockForm
            anchors.fill: parent
            anchors.margins: 40 * page.u
            spacing: 20 * page.u
            KioskText {
                text: qsTr("Adding sites, kiosks and people needs the central database's administrator login. "
                           + "It is used on this page only and not kept.")
                u: page.u
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            OfficeField {
                id: adminName
                objectName: "office.people.admin"
                u: page.u
                label: qsTr("Administrator login")
                Layout.fillWidth: true
            }
            OfficeField {
                id: adminPassword
                objectName: "office.people.adminPassword"
                u: page.u
                label: qsTr("Administrator password")
                secret: true
                Layout.fillWidth: true
                onAccepted: unlock.clicked()
            }
            OfficeButton {
                id: unlock
                objectName: "office.people.unlock"
                text: qsTr("Unlock")
                u: page.u
                Layout.alignment: Qt.AlignRight
                onClicked: {
                    page.people.unlock(adminName.text, adminPassword.text)
                    adminPassword.text = ""
                }
            }
        }
    }

    RowLayout {
        visible: page.people.unlocked
        Layout.preferredWidth: page.width
        Layout.fillHeight: true
        spacing: 24 * page.u

        // -- sites ---------------------------------------------------------------------------------------
        Card {
            u: page.u
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: (page.width - 48 * page.u) / 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 28 * page.u
                spacing: 12 * page.u
                SectionHeading { text: qsTr("Sites"); u: page.u; Layout.topMargin: 0 }
                ListView {
                    objectName: "office.people.sites"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.people.sites
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Sites")
                    delegate: KioskText {
                        required property string label
                        required property string hint
                        width: ListView.view.width
                        text: label + "\n" + hint
                        u: page.u
                        size: Theme.small
                        bottomPadding: 12 * page.u
                        wrapMode: Text.WordWrap
                    }
                }
                OfficeField { id: siteId; objectName: "office.people.siteId"; u: page.u; label: qsTr("New site's id"); Layout.fillWidth: true }
                OfficeField { id: siteName; objectName: "office.people.siteName"; u: page.u; label: qsTr("Its name"); Layout.fillWidth: true }
                OfficeField {
                    id: siteZone
                    u: page.u
                    label: qsTr("Time zone")
                    Layout.fillWidth: true
                    Component.onCompleted: siteZone.input.text = "Europe/London"  // an IANA id, not words
                }
                OfficeButton {
                    objectName: "office.people.addSite"
                    text: qsTr("Add the site")
                    u: page.u
                    Layout.fillWidth: true
                    onClicked: page.people.addSite(siteId.text, siteName.text, siteZone.text)
                }
            }
        }

        // -- kiosks --------------------------------------------------------------------------------------
        Card {
            u: page.u
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: (page.width - 48 * page.u) / 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 28 * page.u
                spacing: 12 * page.u
                SectionHeading { text: qsTr("Kiosks"); u: page.u; Layout.topMargin: 0 }
                ListView {
                    objectName: "office.people.kiosks"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.people.kiosks
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Kiosks")
                    delegate: RowLayout {
                        id: kioskRow
                        required property string key
                        required property string hint
                        width: ListView.view.width
                        KioskText {
                            text: kioskRow.key + "\n" + kioskRow.hint
                            u: page.u
                            size: Theme.small
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        OfficeButton {
                            objectName: "office.people.revoke." + kioskRow.key
                            text: qsTr("Revoke")
                            quiet: true
                            u: page.u
                            onClicked: page.people.revokeKiosk(kioskRow.key)
                        }
                    }
                }
                KioskText {
                    visible: text !== ""
                    objectName: "office.people.snippet"
                    text: page.people.snippet
                    u: page.u
                    size: Theme.small * 0.85
                    font.family: "monospace"
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAnywhere
                }
                OfficeField { id: kioskSite; u: page.u; label: qsTr("Site of the new kiosk"); Layout.fillWidth: true }
                OfficeField { id: kioskId; u: page.u; label: qsTr("New kiosk's id"); Layout.fillWidth: true }
                OfficeButton {
                    objectName: "office.people.addKiosk"
                    text: qsTr("Add the kiosk")
                    u: page.u
                    Layout.fillWidth: true
                    onClicked: page.people.addKiosk(kioskSite.text, kioskId.text, "")
                }
            }
        }

        // -- people --------------------------------------------------------------------------------------
        Card {
            u: page.u
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: (page.width - 48 * page.u) / 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 28 * page.u
                spacing: 12 * page.u
                SectionHeading { text: qsTr("People"); u: page.u; Layout.topMargin: 0 }
                ListView {
                    objectName: "office.people.people"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 8 * page.u
                    model: page.people.people
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("People")
                    delegate: ColumnLayout {
                        id: personRow
                        required property string key
                        required property string hint
                        width: ListView.view.width
                        spacing: 4 * page.u
                        KioskText {
                            text: personRow.key + " — " + personRow.hint
                            u: page.u
                            size: Theme.small
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            spacing: 10 * page.u
                            OfficeButton {
                                objectName: "office.people.reset." + personRow.key
                                text: qsTr("New password")
                                quiet: true
                                u: page.u
                                onClicked: page.people.resetLogin(personRow.key)
                            }
                            OfficeButton {
                                objectName: "office.people.remove." + personRow.key
                                text: qsTr("Remove")
                                quiet: true
                                u: page.u
                                onClicked: page.people.removePerson(personRow.key)
                            }
                        }
                    }
                }
                OfficeChoice {
                    id: kind
                    u: page.u
                    name: qsTr("Kind of login")
                    Layout.fillWidth: true
                    textRole: "label"
                    model: [{"key": "staff", "label": qsTr("Staff (some sites)")},
                            {"key": "manager", "label": qsTr("Manager (reads every site)")}]
                }
                OfficeField { id: personName; u: page.u; label: qsTr("Login name"); Layout.fillWidth: true }
                OfficeField { id: personSites; u: page.u; label: qsTr("Sites (ids, with commas)"); Layout.fillWidth: true }
                OfficeButton {
                    objectName: "office.people.addPerson"
                    text: qsTr("Add the person")
                    u: page.u
                    Layout.fillWidth: true
                    onClicked: page.people.addPerson(kind.currentIndex === 0 ? "staff" : "manager",
                                                     personName.text, personSites.text)
                }
            }
        }
    }
    Item { Layout.fillHeight: true; visible: !page.people.unlocked }
}
