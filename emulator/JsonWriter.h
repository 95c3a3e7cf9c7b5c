// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace emu {

// A fast streaming writer of compact JSON (Qt 6's QJsonObject is CBOR-backed and far too slow for list pages of
// 100 objects at thousands of requests per second). Commas are inserted automatically.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name); // ASCII key without characters that need escaping
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *latin1);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &raw(const QByteArray &json); // an already serialised value
    JsonWriter &value(const QJsonValue &v);  // slow path for odd values

    // Convenience: key + value.
    template <class T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }
    QJsonObject toObject() const;

    static void appendEscaped(QByteArray &out, const QString &text);

private:
    void separator();

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace emu
