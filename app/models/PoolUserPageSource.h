// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "cloud/PoolDirectoryRecords.h"
#include <functional>

// Where PoolUserSparseModel gets its pages from: one ListUsers page by page number (random access). The
// emulator/cloud implementation is PoolServicePageSource; unit tests use a scripted fake.
//
// fetch() returns a ticket (> 0); `done` is called exactly once later on the event loop (never from inside
// fetch()), unless cancel(ticket) was called first, in which case it is never called.
class PoolUserPageSource
{
public:
    using Done = std::function<void(const PoolUserPage &page, const ApiError &error)>;

    virtual ~PoolUserPageSource();
    virtual int fetch(const PoolUserQuery &query, Done done) = 0;
    virtual void cancel(int ticket) = 0;
};
