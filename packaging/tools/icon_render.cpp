// marketdesk-icon-render: draws the application's SVG icon as a PNG of one size, for the hicolor
// theme's fixed sizes (packaging/CMakeLists.txt). A build tool, never installed. The PNG carries
// no time or text, so the same SVG always gives the same bytes (reproducible packages).
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: marketdesk-icon-render ICON.svg SIZE OUT.png\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "marketdesk-icon-render: %s is not an SVG image it can draw\n",
                     argv[1]);
        return 1;
    }
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    if (!ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "marketdesk-icon-render: size '%s' is not from 8 to 1024\n", argv[2]);
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.convertToFormat(QImage::Format_ARGB32)
             .save(QString::fromLocal8Bit(argv[3]), "PNG")) {
        std::fprintf(stderr, "marketdesk-icon-render: could not write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
