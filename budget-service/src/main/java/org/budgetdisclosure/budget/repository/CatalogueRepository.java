package org.budgetdisclosure.budget.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.budgetdisclosure.budget.catalogue.Classification;
import org.budgetdisclosure.budget.catalogue.ClassificationScheme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The classification catalogues, per scheme and fiscal year. */
@ApplicationScoped
public class CatalogueRepository {

    private final AgroalDataSource dataSource;

    CatalogueRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Classification> find(ClassificationScheme scheme, int year) {
        String sql = "SELECT code, name, level, parent_code FROM classification WHERE scheme = ? AND fiscal_year = ? ORDER BY code";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, scheme.name());
            s.setInt(2, year);
            List<Classification> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Classification(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("reading the classification catalogue", e);
        }
    }

    public Map<String, String> mapping(int year) {
        String sql = "SELECT dept_code, gov_code FROM economic_mapping WHERE fiscal_year = ? ORDER BY dept_code";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, year);
            Map<String, String> result = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("reading the economic mapping", e);
        }
    }

    /** (scheme, year) → number of entries, for the catalogue index. */
    public Map<String, Integer> counts() {
        String sql = "SELECT scheme, fiscal_year, count(*) FROM classification GROUP BY scheme, fiscal_year";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            Map<String, Integer> result = new TreeMap<>();
            while (rs.next()) {
                result.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("counting the catalogues", e);
        }
    }

    /** Replaces a year's catalogue of one scheme; the caller holds the transaction. */
    public void replace(ClassificationScheme scheme, int year, List<Classification> entries) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM classification WHERE scheme = ? AND fiscal_year = ?")) {
                delete.setString(1, scheme.name());
                delete.setInt(2, year);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO classification (scheme, fiscal_year, code, name, level, parent_code) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Classification entry : entries) {
                    insert.setString(1, scheme.name());
                    insert.setInt(2, year);
                    insert.setString(3, entry.code());
                    insert.setString(4, entry.name());
                    insert.setInt(5, entry.level());
                    insert.setString(6, entry.parentCode());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("replacing the classification catalogue", e);
        }
    }

    public void replaceMapping(int year, List<Map.Entry<String, String>> pairs) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM economic_mapping WHERE fiscal_year = ?")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO economic_mapping (fiscal_year, dept_code, gov_code) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> pair : pairs) {
                    insert.setInt(1, year);
                    insert.setString(2, pair.getKey());
                    insert.setString(3, pair.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("replacing the economic mapping", e);
        }
    }
}
