// A small HTTP/1.1 server on 127.0.0.1 for tests of link import: fixed routes with a status,
// headers and body, redirects, a route that never answers, and a count of requests. Runs in the
// test's thread; a blocking fetch in that thread still gets answers because it spins an event
// loop, and so does a QTRY_ wait on a child process.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace kliping::tests {

class LocalHttpServer : public QObject {
public:
    struct Route {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // accept the request and never answer
    };

    LocalHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    void add(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    void addPage(const QByteArray &path, const QByteArray &contentType, const QByteArray &body)
    {
        Route r;
        r.headers = {{"Content-Type", contentType}};
        r.body = body;
        add(path, r);
    }
    void addRedirect(const QByteArray &path, const QByteArray &target)
    {
        Route r;
        r.status = 301;
        r.reason = "Moved Permanently";
        r.headers = {{"Location", target}};
        add(path, r);
    }
    int requests() const { return m_requests; }
    QList<QByteArray> requestedPaths() const { return m_paths; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        ++m_requests;
        m_paths << path;
        const auto it = m_routes.constFind(path);
        Route route;
        if (it == m_routes.cend()) {
            route.status = 404;
            route.reason = "Not Found";
            route.headers = {{"Content-Type", "text/html"}};
            route.body = "<html><body>not here</body></html>";
        } else {
            route = it.value();
        }
        if (route.hang)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + route.reason +
                              "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : route.headers) {
            response += name + ": " + value + "\r\n";
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (!hasLength)
            response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + route.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    QList<QByteArray> m_paths;
};

} // namespace kliping::tests
