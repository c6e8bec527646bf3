// A listing's photo, or — when it has none, or the file cannot be read — a warm tile with its category's
// icon. Decorative: the words beside it say what it is.
import QtQuick
import Kiosk

Rectangle {
    id: picture
    property real u: 1
    property string photo: ""
    property string iconName: "star"
    property int tint: 0
    readonly property bool showsPhoto: image.status === Image.Ready
    color: Theme.tint(tint)
    radius: 20 * u
    clip: true
    Accessible.ignored: true  // decorative: the words beside it say what it is

    Image {
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) * 0.5
        height: width
        visible: !picture.showsPhoto
        source: Qt.resolvedUrl("icons/" + picture.iconName + ".svg")
        sourceSize: Qt.size(width, height)
    }
    Image {
        id: image
        anchors.fill: parent
        visible: picture.showsPhoto
        source: picture.photo
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        sourceSize: Qt.size(picture.width, picture.height)
    }
}
