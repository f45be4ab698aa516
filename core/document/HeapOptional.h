#pragma once
// An optional value kept on the heap, used like std::optional. A change set's operation is a
// variant of every kind of op; with std::optional each op was as big as the biggest kind (a saved
// view: 712 bytes), so an import of 600,000 rows spent over 400 MB on the ops alone. Boxed, an op
// is two pointers plus the value it holds.

#include <memory>
#include <optional>
#include <utility>

namespace kizuna {

template <typename T> class HeapOptional {
public:
    HeapOptional() = default;
    HeapOptional(std::nullopt_t) {}
    HeapOptional(const T& value) : m_value(std::make_unique<T>(value)) {}
    HeapOptional(T&& value) : m_value(std::make_unique<T>(std::move(value))) {}
    HeapOptional(const std::optional<T>& value) {
        if (value)
            m_value = std::make_unique<T>(*value);
    }
    HeapOptional(std::optional<T>&& value) {
        if (value)
            m_value = std::make_unique<T>(std::move(*value));
    }
    HeapOptional(const HeapOptional& other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
    HeapOptional(HeapOptional&&) noexcept = default;
    ~HeapOptional() = default;

    HeapOptional& operator=(const HeapOptional& other) {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    HeapOptional& operator=(HeapOptional&&) noexcept = default;
    HeapOptional& operator=(std::nullopt_t) {
        m_value.reset();
        return *this;
    }
    HeapOptional& operator=(const T& value) { return *this = HeapOptional(value); }
    HeapOptional& operator=(T&& value) { return *this = HeapOptional(std::move(value)); }

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return has_value(); }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return m_value.get(); }
    const T* operator->() const { return m_value.get(); }
    T& value() {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    const T& value() const {
        if (!m_value)
            throw std::bad_optional_access();
        return *m_value;
    }
    void reset() { m_value.reset(); }
    template <typename... Args> T& emplace(Args&&... args) {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    // No conversion to std::optional: a function taking `const std::optional<T>&` would get a
    // temporary copy, and a pointer into it would dangle. Copy explicitly.
    std::optional<T> copy() const { return m_value ? std::optional<T>(*m_value) : std::nullopt; }

    friend bool operator==(const HeapOptional& a, const HeapOptional& b) {
        return a.has_value() == b.has_value() && (!a || *a == *b);
    }
    friend bool operator==(const HeapOptional& a, std::nullopt_t) { return !a; }
    friend bool operator==(const HeapOptional& a, const T& b) { return a && *a == b; }

private:
    std::unique_ptr<T> m_value;
};

} // namespace kizuna
